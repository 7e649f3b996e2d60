// @vitest-environment jsdom
import { act, useState } from 'react';
import { type Root, createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ModalDialog } from '../../renderer/app/ModalDialog';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLDivElement;
let root: Root;
beforeEach(() => {
  host = document.body.appendChild(document.createElement('div'));
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

const render = (ui: React.ReactNode) => act(() => root.render(ui));
const dialogs = () => [...document.querySelectorAll<HTMLElement>('[role="dialog"]')];
const press = (target: Element) =>
  act(() => {
    target.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
  });
/** A key pressed where the focus is, as the keyboard sends it; true when something handled it. */
const key = (name: string, shiftKey = false, isComposing = false) => {
  const event = new KeyboardEvent('keydown', { key: name, shiftKey, isComposing, bubbles: true, cancelable: true });
  act(() => {
    (document.activeElement ?? document.body).dispatchEvent(event);
  });
  return event.defaultPrevented;
};
const nextFrame = () => act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));

/** An opener button and the dialog it opens, with a field and two buttons inside. */
function Opener({ closable = true, onClosed }: { closable?: boolean; onClosed?: () => void }) {
  const [open, setOpen] = useState(false);
  const close = () => {
    setOpen(false);
    onClosed?.();
  };
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        报告设置…
      </button>
      {open && (
        <ModalDialog title="报告设置" onClose={close} closable={closable}>
          <input aria-label="标题" />
          <button type="button">取消</button>
          <button type="button">保存</button>
        </ModalDialog>
      )}
    </>
  );
}

/** The 导入Excel dialog opened over a 数据表 dialog, each closed by its own Esc. */
function TwoDialogs({ onClosed }: { onClosed: (title: string) => void }) {
  const [open, setOpen] = useState(['数据表', '导入Excel']);
  const close = (title: string) => () => {
    onClosed(title);
    setOpen((now) => now.filter((t) => t !== title));
  };
  return open.map((title) => (
    <ModalDialog key={title} title={title} onClose={close(title)}>
      <button type="button">关闭</button>
    </ModalDialog>
  ));
}

function openFromButton() {
  const opener = host.querySelector('button')!;
  opener.focus();
  act(() => opener.click());
  return { opener, dialog: dialogs()[0]! };
}

describe('ModalDialog', () => {
  it('is a modal dialog named by its heading', () => {
    render(<Opener />);
    const { dialog } = openFromButton();
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toBe('报告设置');
  });

  it('stays open on a press inside and closes on a press on the dimmed page', () => {
    const onClosed = vi.fn();
    render(<Opener onClosed={onClosed} />);
    const { dialog } = openFromButton();
    press(dialog.querySelector('input')!);
    press(dialog);
    expect(dialogs()).toHaveLength(1);
    press(dialog.parentElement!);
    expect(dialogs()).toHaveLength(0);
    expect(onClosed).toHaveBeenCalledOnce();
  });

  it('closes on Esc, and answers it before a listener under the dialog can', () => {
    const underneath = vi.fn((e: KeyboardEvent) => e.defaultPrevented);
    window.addEventListener('keydown', underneath);
    render(<Opener />);
    openFromButton();
    expect(key('Escape')).toBe(true);
    window.removeEventListener('keydown', underneath);
    expect(dialogs()).toHaveLength(0);
    expect(underneath).toHaveReturnedWith(true);
  });

  it('leaves Esc to the input method while pinyin is being typed', () => {
    render(<Opener />);
    openFromButton();
    expect(key('Escape', false, true)).toBe(false);
    expect(dialogs()).toHaveLength(1);
  });

  it('stays while it may not close, taking Esc so nothing under it closes instead', () => {
    render(<Opener closable={false} />);
    const { dialog } = openFromButton();
    expect(key('Escape')).toBe(true);
    press(dialog.parentElement!);
    expect(dialogs()).toHaveLength(1);
  });

  it('gives Esc to the newest of two dialogs', () => {
    const closed: string[] = [];
    render(<TwoDialogs onClosed={(title) => closed.push(title)} />);
    key('Escape');
    expect(closed).toEqual(['导入Excel']);
    key('Escape');
    expect(closed).toEqual(['导入Excel', '数据表']);
  });

  it('takes the focus, keeps Tab inside and gives the focus back to its opener', async () => {
    render(<Opener />);
    const { opener, dialog } = openFromButton();
    expect(document.activeElement).toBe(dialog);
    const [field, , save] = dialog.querySelectorAll<HTMLElement>('input, button');
    save!.focus();
    expect(key('Tab')).toBe(true);
    expect(document.activeElement).toBe(field);
    expect(key('Tab', true)).toBe(true);
    expect(document.activeElement).toBe(save);
    key('Escape');
    await nextFrame();
    expect(document.activeElement).toBe(opener);
  });

  it('leaves the focus where the closing action put it', async () => {
    const elsewhere = document.body.appendChild(document.createElement('textarea'));
    render(<Opener onClosed={() => elsewhere.focus()} />);
    openFromButton();
    key('Escape');
    await nextFrame();
    expect(document.activeElement).toBe(elsewhere);
    elsewhere.remove();
  });
});

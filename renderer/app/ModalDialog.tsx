import { type ReactNode, useEffect, useId, useRef, useState } from 'react';

/** What Tab can reach inside a dialog. */
const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), ' +
  '[tabindex]:not([tabindex="-1"])';

/** Open dialogs, oldest first: Esc and Tab belong to the last one only. */
const openDialogs: HTMLElement[] = [];

export interface ModalDialogProps {
  /** The heading shown at the top, which also names the dialog for screen readers. */
  title: string;
  /** Classes added to `dialog` (its width and layout). */
  className?: string;
  onClose: () => void;
  /** False while the dialog must stay (a running import): Esc and a press outside then do nothing. */
  closable?: boolean;
  children: ReactNode;
}

/**
 * A dialog over a dimmed page, as in Word and WPS: Esc or a press on the dimmed page closes it,
 * Tab stays inside it, and when it closes the focus goes back to what had it before, unless
 * the dialog's action has put the focus somewhere on purpose (the editor's caret, say).
 */
export function ModalDialog({ title, className, onClose, closable = true, children }: ModalDialogProps) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  // Read while rendering, before an autoFocus inside the dialog takes the focus away from the opener.
  const [opener] = useState(() => document.activeElement);
  const latest = useRef({ onClose, closable });
  latest.current = { onClose, closable };

  useEffect(() => {
    const dialog = ref.current!;
    openDialogs.push(dialog);
    if (!dialog.contains(document.activeElement)) dialog.focus();
    // Capture, so the dialog answers Esc before what lies under it (the 数据表, a menu) can.
    const onKey = (e: KeyboardEvent) => {
      // Esc while typing pinyin cancels the input method's composition, not the dialog.
      if (openDialogs.at(-1) !== dialog || e.defaultPrevented || e.isComposing) return;
      if (e.key === 'Escape') {
        e.preventDefault();
        if (latest.current.closable) latest.current.onClose();
      } else if (e.key === 'Tab') {
        keepTabInside(dialog, e);
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      openDialogs.splice(openDialogs.indexOf(dialog), 1);
      // A frame later, so an action that moves the focus itself (jump to a note, editor.focus()) goes first.
      requestAnimationFrame(() => returnFocus(opener));
    };
  }, [opener]);

  return (
    // The dimmed page is no control; a press on it closes the dialog, as Esc does from the keyboard.
    // biome-ignore lint/a11y/noStaticElementInteractions: as the comment above says
    <div
      className="dialog-backdrop"
      onMouseDown={(e) => {
        if (e.target !== e.currentTarget) return;
        // The focus stays in the dialog, where Esc and Tab work, when the press does not close it.
        e.preventDefault();
        if (closable) onClose();
      }}
    >
      <div
        ref={ref}
        className={className ? `dialog ${className}` : 'dialog'}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
      >
        <h2 id={titleId}>{title}</h2>
        {children}
      </div>
    </div>
  );
}

/** Tab past the last control goes to the first, Shift+Tab before the first to the last. */
function keepTabInside(dialog: HTMLElement, e: KeyboardEvent): void {
  const tabbable = [...dialog.querySelectorAll<HTMLElement>(TABBABLE)];
  const first = tabbable[0];
  const last = tabbable.at(-1);
  if (!first || !last) {
    e.preventDefault();
    return;
  }
  const at = document.activeElement;
  const inside = at instanceof Node && dialog.contains(at);
  if (e.shiftKey && (!inside || at === first || at === dialog)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && (!inside || at === last)) {
    e.preventDefault();
    first.focus();
  }
}

/**
 * Back to the opener when the focus went away with the dialog. Not into the editor's text: it
 * keeps its own caret, which a plain focus() would move to the start of the report.
 */
function returnFocus(opener: Element | null): void {
  const now = document.activeElement;
  if (now !== null && now !== document.body) return;
  if (!(opener instanceof HTMLElement) || !opener.isConnected || opener.isContentEditable) return;
  opener.focus();
}

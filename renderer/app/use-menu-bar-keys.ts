import { type RefObject, useEffect } from 'react';

/**
 * The menu bar's keys, as in Word and WPS: F10 or Alt pressed alone puts focus on the first
 * menu; ←/→ move between menus (and between open menus); ↓, Enter or Space open one on its first
 * item; ↑/↓, Home/End move between its items; Esc closes it and gives focus back to its title.
 * `bar` is the element holding the menus (`.menu-button` titles, `[role=menu]` lists).
 */
export function useMenuBarKeys(bar: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const titles = () =>
      Array.from(bar.current?.querySelectorAll<HTMLButtonElement>('.menu-button:not(:disabled)') ?? []);
    const titleOf = (el: Element) => el.closest('.menu')?.querySelector<HTMLButtonElement>('.menu-button') ?? null;
    const itemsOf = (title: HTMLButtonElement) =>
      Array.from(title.closest('.menu')?.querySelectorAll<HTMLButtonElement>('[role=menuitem]:not(:disabled)') ?? []);
    const isOpen = (title: HTMLButtonElement) => title.getAttribute('aria-expanded') === 'true';
    /** Opens a menu by its title (a click, so it runs what a click runs) and focuses its first item. */
    const openAt = (title: HTMLButtonElement, item: 'first' | 'last' = 'first') => {
      if (!isOpen(title)) title.click();
      // React renders the list on the click's state change before the next frame.
      requestAnimationFrame(() => {
        const items = itemsOf(title);
        (item === 'first' ? items[0] : items.at(-1))?.focus();
      });
    };
    const beside = (title: HTMLButtonElement, step: 1 | -1) => {
      const all = titles();
      return all[(all.indexOf(title) + step + all.length) % all.length] ?? null;
    };

    let altAlone = false;
    const onKeyDown = (e: KeyboardEvent) => {
      altAlone = e.key === 'Alt' && !e.repeat;
      if (e.key === 'F10' && !e.ctrlKey && !e.altKey && !e.metaKey && !e.shiftKey) {
        e.preventDefault();
        titles()[0]?.focus();
        return;
      }
      const target = e.target instanceof HTMLElement ? e.target : null;
      if (!target || !bar.current?.contains(target)) return;
      const title = titleOf(target);
      if (!title) return;
      const inList = target !== title;
      if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
        const next = beside(title, e.key === 'ArrowRight' ? 1 : -1);
        if (!next || next === title) return;
        e.preventDefault();
        // The focus moves to the next title at once: the item it was on goes away with its menu.
        next.focus();
        if (inList) {
          title.click();
          openAt(next);
        }
      } else if (!inList && (e.key === 'ArrowDown' || ((e.key === 'Enter' || e.key === ' ') && !isOpen(title)))) {
        e.preventDefault();
        openAt(title);
      } else if (!inList && e.key === 'ArrowUp') {
        e.preventDefault();
        openAt(title, 'last');
      } else if (inList && ['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(e.key)) {
        e.preventDefault();
        const items = itemsOf(title);
        const at = items.indexOf(target as HTMLButtonElement);
        const to =
          e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? items.length - 1
              : (at + (e.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
        items[to]?.focus();
      } else if (inList && e.key === 'Escape') {
        // The menu's own Esc handler closes it; the focus goes back to where the keyboard was.
        title.focus();
      } else if (inList && e.key === 'Tab') {
        title.click();
      }
    };
    const onKeyUp = (e: KeyboardEvent) => {
      if (e.key === 'Alt' && altAlone) {
        altAlone = false;
        e.preventDefault();
        titles()[0]?.focus();
      }
    };
    // Capture: the editor must not take F10 or the arrows first.
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('keyup', onKeyUp, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('keyup', onKeyUp, true);
    };
  }, [bar]);
}

import type { LexicalEditor } from 'lexical';
import { type RefObject, useEffect, useState } from 'react';

/**
 * The line the eye reads at, as a share of the scroller's height from its top: a heading above it is the one being
 * read.
 */
const READING_LINE = 1 / 3;

/**
 * The heading whose section is at the top of the page scroller: 导航 marks it as the user scrolls,
 * as Word's navigation pane does. Headings are in document order, so a binary search reads a
 * handful of positions per scroll frame, not one per heading.
 */
export function useHeadingInView(
  editor: LexicalEditor,
  headingKeys: readonly string[],
  scroller: RefObject<HTMLElement | null>,
): string | null {
  const [active, setActive] = useState<string | null>(null);
  // Typing changes the outline's objects but rarely its headings: the listener is set up again only when they change.
  const joined = headingKeys.join(' ');
  useEffect(() => {
    const element = scroller.current;
    const headings = joined === '' ? [] : joined.split(' ');
    if (!element || headings.length === 0) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      const line = element.getBoundingClientRect().top + element.clientHeight * READING_LINE;
      let lo = 0;
      let hi = headings.length - 1;
      let found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const top = editor.getElementByKey(headings[mid]!)?.getBoundingClientRect().top ?? Number.POSITIVE_INFINITY;
        if (top <= line) {
          found = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      setActive(found >= 0 ? headings[found]! : null);
    };
    const onScroll = () => {
      if (frame === 0) frame = requestAnimationFrame(update);
    };
    update();
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      element.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame);
    };
  }, [editor, joined, scroller]);
  return active;
}

import { $isElementNode, type LexicalEditor, type LexicalNode, type NodeKey } from 'lexical';

/**
 * Puts the caret at the start of the block `$find` returns (run in an update) and brings it to
 * the middle of the screen: what a click on a 体检 finding or an import note does. Returns the
 * block's element, or null when there is no such block.
 */
export function jumpTo(editor: LexicalEditor, $find: () => LexicalNode | null): HTMLElement | null {
  let key: NodeKey | null = null;
  editor.update(
    () => {
      const node = $find();
      if (!node) return;
      key = node.getKey();
      if ($isElementNode(node)) node.selectStart();
    },
    { discrete: true },
  );
  const element = key === null ? null : editor.getElementByKey(key);
  if (element) revealBlock(element);
  return element;
}

/**
 * Brings a block of the report to the middle of the screen, or to its top (a heading picked in
 * 导航, as Word does). Blocks off screen are laid out at an estimated height (content-visibility
 * in styles.css), so a jump is instant rather than smooth (a smooth scroll aims at a place that
 * moves as the blocks it passes take their real size) and is repeated once the blocks around the
 * target have been laid out.
 */
export function revealBlock(element: Element, at: 'center' | 'start' = 'center'): void {
  element.scrollIntoView({ block: at });
  let corrections = 3;
  const settle = () => {
    const box = element.getBoundingClientRect();
    const scroller = element.closest('.page-scroller')?.getBoundingClientRect();
    const off =
      at === 'center'
        ? Math.abs(box.top + box.height / 2 - window.innerHeight / 2)
        : Math.abs(box.top - (scroller?.top ?? 0));
    if (off < (at === 'center' ? window.innerHeight / 4 : 8) || corrections === 0) return;
    corrections -= 1;
    element.scrollIntoView({ block: at });
    requestAnimationFrame(settle);
  };
  requestAnimationFrame(settle);
}

import { $createParagraphNode, $isElementNode, type ElementNode, type LexicalNode, type ParagraphNode } from 'lexical';

/** Marks where a descended element's children end: a run of text does not go on past it. */
const END = Symbol('end of an element');

/**
 * The blocks an element's content makes once the element itself goes: each run of its text
 * (inline children) becomes a paragraph, and each block child stays as it is or, where
 * `descend` says so, makes its blocks the same way, to any depth. Nothing is dropped; an
 * explicit stack, not recursion, so a pasted nest thousands deep is no danger.
 */
export function $blocksWithin(element: ElementNode, descend: (block: ElementNode) => boolean): LexicalNode[] {
  const blocks: LexicalNode[] = [];
  let run: ParagraphNode | null = null;
  const stack: (LexicalNode | typeof END)[] = element.getChildren().reverse();
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (next === END) run = null;
    else if (next.isInline()) {
      if (!run) {
        run = $createParagraphNode();
        blocks.push(run);
      }
      run.append(next);
    } else if ($isElementNode(next) && descend(next)) {
      run = null;
      stack.push(END, ...next.getChildren().reverse());
    } else {
      run = null;
      blocks.push(next);
    }
  }
  return blocks;
}

/** Puts `blocks` where `element` stands, in order, and removes `element`. */
export function $replaceWithBlocks(element: ElementNode, blocks: readonly LexicalNode[]): void {
  for (const block of blocks) element.insertBefore(block);
  element.remove();
}

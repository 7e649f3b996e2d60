import { $isHeadingNode, type HeadingNode } from '@lexical/rich-text';
import { $getState, $setState, type LexicalNode, createState } from 'lexical';

/**
 * Whether a heading takes a number, kept as Lexical node state on the heading ({ $: { numbered:
 * false } } in the document JSON, read by core/document/nodes.ts isNumberedHeading): 摘要,
 * 参考文献 and 致谢 stand in 导航 and the 目录 without one. Numbered is the default, so
 * documents saved before this setting read as they did.
 */
const numberedState = createState('numbered', { parse: (value) => value !== false });

export function $isNumberedHeading(heading: HeadingNode): boolean {
  return $getState(heading, numberedState);
}

export function $setHeadingNumbered(heading: HeadingNode, numbered: boolean): void {
  $setState(heading, numberedState, numbered);
}

/** The heading a node stands in, if it is in one. */
export function $headingOf(node: LexicalNode | null): HeadingNode | null {
  for (let at = node; at !== null; at = at.getParent()) if ($isHeadingNode(at)) return at;
  return null;
}

import { $isHeadingNode, type HeadingNode } from '@lexical/rich-text';
import { $getNodeByKey, $getRoot, type LexicalNode, type NodeKey } from 'lexical';

function levelOf(node: LexicalNode | null): number {
  return $isHeadingNode(node) ? Number(node.getTag().slice(1)) : Number.POSITIVE_INFINITY;
}

/** A heading and everything under it: up to the next heading of the same or a higher level. */
export function $sectionNodes(heading: HeadingNode): LexicalNode[] {
  const level = levelOf(heading);
  const nodes: LexicalNode[] = [heading];
  let next = heading.getNextSibling();
  while (next && levelOf(next) > level) {
    nodes.push(next);
    next = next.getNextSibling();
  }
  return nodes;
}

/**
 * Moves a whole section before the top-level block `beforeKey` (or to the end when null).
 * Refuses to move a section into itself. Returns whether anything moved.
 */
export function $moveSection(headingKey: NodeKey, beforeKey: NodeKey | null): boolean {
  const heading = $getNodeByKey(headingKey);
  if (!$isHeadingNode(heading) || heading.getParent() !== $getRoot()) return false;
  const section = $sectionNodes(heading);
  const before = beforeKey === null ? null : $getNodeByKey(beforeKey);
  if (before && section.some((n) => n.is(before))) return false;
  if (before) for (const node of section) before.insertBefore(node);
  else $getRoot().append(...section);
  return true;
}

/** The top-level heading whose section holds `node` (nearest heading above it), if any. */
export function $sectionHeadingOf(node: LexicalNode): HeadingNode | null {
  let top: LexicalNode | null = node.getTopLevelElement();
  while (top && !$isHeadingNode(top)) top = top.getPreviousSibling();
  return top && $isHeadingNode(top) ? top : null;
}

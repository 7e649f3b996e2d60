import { $getNodeByKey, $getRoot, $isElementNode, type LexicalNode, type NodeKey } from 'lexical';
import type { SerializedNodeJSON } from '../../core/document/editor-json';
import type { ImportNote } from '../../core/import/import-notes';
import { notePlaces } from '../../core/import/note-places';

/** A node with its children, as the document JSON holds it. */
function $nodeJSON(node: LexicalNode): SerializedNodeJSON {
  const json = node.exportJSON() as SerializedNodeJSON;
  return $isElementNode(node) ? { ...json, children: node.getChildren().map($nodeJSON) } : json;
}

/** The node at a report-tree block path, where `tops` stand for the path's first index. */
function $nodeAtPath(tops: readonly LexicalNode[], path: readonly number[]): LexicalNode | null {
  let node: LexicalNode | null = tops[path[0] ?? 0] ?? null;
  for (const i of path.slice(1)) node = $isElementNode(node) ? (node.getChildAtIndex(i) ?? node) : node;
  return node;
}

/**
 * The block a note is about: the one quoting it (core/import/note-places), among the imported
 * blocks only (`keys`, for an insert) or the whole document. A note it cannot place (the cover,
 * text since edited away) goes to the first imported block.
 */
export function $noteTarget(note: ImportNote, keys: readonly NodeKey[] | null): LexicalNode | null {
  const tops = $topBlocks(keys);
  if (tops.length === 0) return null;
  const path = notePlaces([note], tops.map($nodeJSON))[0];
  return $nodeAtPath(tops, path?.length ? path : [0]);
}

function $topBlocks(keys: readonly NodeKey[] | null): LexicalNode[] {
  return keys
    ? keys.map((k) => $getNodeByKey(k)).filter((n): n is LexicalNode => n?.isAttached() === true)
    : $getRoot().getChildren();
}

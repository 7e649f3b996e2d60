import { $getNodeByKey, $getRoot, $isElementNode, type LexicalNode, type NodeKey } from 'lexical';
import { importNotes as locateImportNotes } from '../../core/check/structure';
import { textUnits } from '../../core/check/text-units';
import type { SerializedNodeJSON } from '../../core/document/editor-json';
import { build } from '../../core/document/nodes';
import type { ImportNote } from '../../core/import/import-notes';
import { buildReportTree } from '../../core/report-tree';

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
 * The block a note is about. Notes carry the source text they quote, not a place; the 体检
 * rule for import notes already finds the block quoting it, so it is asked, over the
 * imported blocks only (`keys`, for an insert) or the whole document. A note it cannot place
 * (the cover, text since edited away) goes to the first imported block.
 */
export function $noteTarget(note: ImportNote, keys: readonly NodeKey[] | null): LexicalNode | null {
  const tops = keys ? keys.map((k) => $getNodeByKey(k)).filter((n): n is LexicalNode => n !== null && n.isAttached()) : $getRoot().getChildren();
  if (tops.length === 0) return null;
  const tree = buildReportTree(build.document(tops.map($nodeJSON)));
  // Any kind but the ones the rule leaves to other rules: only the place is wanted here.
  const [found] = locateImportNotes({ tree, units: textUnits(tree), importNotes: [{ ...note, kind: 'locate' }] });
  return $nodeAtPath(tops, found?.blockPath.length ? found.blockPath : [0]);
}

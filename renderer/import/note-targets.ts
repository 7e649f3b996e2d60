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
  const tops = $topBlocks(keys);
  if (tops.length === 0) return null;
  const path = $notePaths([note], tops)[0];
  return $nodeAtPath(tops, path?.length ? path : [0]);
}

/** Of `notes`, those quoting text of the blocks `keys`: what the rest of a source said is not about them. */
export function $notesAbout(notes: readonly ImportNote[], keys: readonly NodeKey[]): ImportNote[] {
  const paths = $notePaths(notes, $topBlocks(keys));
  return notes.filter((_, i) => paths[i]!.length > 0);
}

function $topBlocks(keys: readonly NodeKey[] | null): LexicalNode[] {
  return keys ? keys.map((k) => $getNodeByKey(k)).filter((n): n is LexicalNode => n !== null && n.isAttached()) : $getRoot().getChildren();
}

/** Where in `tops` each note's quote stands (a report-tree block path), or [] where it is not found. */
function $notePaths(notes: readonly ImportNote[], tops: readonly LexicalNode[]): number[][] {
  const tree = buildReportTree(build.document(tops.map($nodeJSON)));
  // A kind the rule knows nothing of: it then places every note by its quote (none left to other
  // rules, none put at the top), one finding for each, in order.
  const located = locateImportNotes({ tree, units: textUnits(tree), importNotes: notes.map((note) => ({ ...note, kind: 'locate' })) });
  return located.map((finding) => finding.blockPath);
}

import { importNotes as locateImportNotes } from '../check/structure';
import { textUnits } from '../check/text-units';
import type { SerializedNodeJSON } from '../document/editor-json';
import { build } from '../document/nodes';
import { buildReportTree } from '../report-tree';
import type { ImportNote } from './import-notes';

/**
 * Where among `blocks` each note's quote stands (a report-tree block path), or [] where it is
 * not found. Notes carry the source text they quote, not a place; the 体检 rule for import notes
 * already finds the block quoting it, so it is asked.
 */
export function notePlaces(notes: readonly ImportNote[], blocks: readonly SerializedNodeJSON[]): number[][] {
  const tree = buildReportTree(build.document([...blocks]));
  // A kind the rule knows nothing of: it then places every note by its quote (none left to other
  // rules, none put at the top), one finding for each, in order.
  const located = locateImportNotes({
    tree,
    units: textUnits(tree),
    importNotes: notes.map((note) => ({ ...note, kind: 'locate' })),
  });
  return located.map((finding) => finding.blockPath);
}

/** Of `notes`, those quoting text of `blocks`: what the rest of a source said is not about them. */
export function notesAbout(notes: readonly ImportNote[], blocks: readonly SerializedNodeJSON[]): ImportNote[] {
  const places = notePlaces(notes, blocks);
  return notes.filter((_, i) => places[i]!.length > 0);
}

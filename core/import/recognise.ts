import type { EditorStateJSON } from '../document/editor-json';
import { build } from '../document/nodes';
import { assemble } from './assemble';
import { classify, patternLevels } from './classify';
import { type CoverInfo, readCover } from './cover-lines';
import { type ImportNote, note } from './import-notes';
import { runsText } from './inline-runs';
import { type SourceNumbering, numberingNotes, sourceNumbering } from './numbering-notes';
import type { SourceBlock } from './source-blocks';
import { joinCaptionTails, rejoinParagraphs, splitRunOnHeadings } from './text-repair';

export interface ImportResult {
  document: EditorStateJSON;
  notes: ImportNote[];
  /** The first cover line, when the source had a cover before its 前言: a title for the report. */
  title: string | null;
  /** What the cover says (year, issuer, date), when there was one. */
  cover: CoverInfo | null;
  numbering: SourceNumbering;
}

export interface RecogniseOptions {
  /** Text copied from a PDF: rejoin page-broken paragraphs and wrapped captions. */
  repairText: boolean;
}

/** A cover is only looked for this near the start. */
const MAX_COVER_BLOCKS = 12;

/** Source blocks → the report document, with the notes a person should check. */
export function recognise(blocks: readonly SourceBlock[], options: RecogniseOptions): ImportResult {
  const notes: ImportNote[] = [];
  const { rest, cover } = dropCover(blocks, notes);
  let items = classify(rest, { patternLevels: patternLevels(rest) });
  items = splitRunOnHeadings(items, notes);
  if (options.repairText) {
    items = joinCaptionTails(items, notes);
    items = rejoinParagraphs(items, notes);
  }
  notes.unshift(...numberingNotes(items));
  const numbering = sourceNumbering(items);
  const children = assemble(items, notes);
  return { document: build.document(children.length ? children : [build.paragraph()]), notes, title: cover?.title ?? null, cover, numbering };
}

/**
 * Reports open with a cover (title, year, organisation, date) and then 前言. The print layout
 * makes its own cover and 前言 heading from the meta, so those lines are left out of the
 * body; the first one becomes the report's title.
 */
function dropCover(blocks: readonly SourceBlock[], notes: ImportNote[]): { rest: readonly SourceBlock[]; cover: CoverInfo | null } {
  const limit = Math.min(blocks.length, MAX_COVER_BLOCKS);
  for (let i = 0; i < limit; i += 1) {
    const b = blocks[i]!;
    if (b.kind !== 'para') return { rest: blocks, cover: null };
    if (runsText(b.runs).replace(/[\s\u3000]/g, '') === '前言') {
      const cover = blocks.slice(0, i).flatMap((c) => (c.kind === 'para' ? [runsText(c.runs).trim()] : [])).filter(Boolean);
      if (cover.length) notes.push(note('cover-moved', cover.join(' / ')));
      return { rest: blocks.slice(i + 1), cover: readCover(cover) };
    }
  }
  return { rest: blocks, cover: null };
}

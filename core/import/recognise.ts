import type { EditorStateJSON } from '../document/editor-json';
import { build } from '../document/nodes';
import { assemble } from './assemble';
import { classify, patternLevels } from './classify';
import { type CoverInfo, REPORT_TITLE, readCover } from './cover-lines';
import { type ImportNote, note } from './import-notes';
import { matchHeadingNumber } from './heading-patterns';
import { runsText } from './inline-runs';
import { leaveOutDecorations } from './decorations';
import { closeUpSpacedLines } from './letter-spacing';
import { repairCharacters } from './character-repairs';
import { takeMarkedCaptions } from './caption-marks';
import { unwrapLines } from './line-unwrap';
import { type SourceNumbering, numberingNotes, sourceNumbering } from './numbering-notes';
import { dropPageFurniture } from './page-furniture';
import type { SourceBlock } from './source-blocks';
import { joinCaptionTails, rejoinParagraphs, splitRunOnHeadings } from './text-repair';
import { checkReportSize, documentSize } from './report-size';
import { joinSplitLines } from './split-lines';
import { dropTocLines } from './toc-lines';
import { zh } from '../zh';

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
  /**
   * Text copied from a PDF: close up letter-spaced lines, drop page numbers and running headers, join hard-wrapped
   * lines, rejoin page-broken paragraphs and wrapped captions.
   */
  repairText: boolean;
}

/** A cover is only looked for this near the start. */
const MAX_COVER_BLOCKS = 12;

/**
 * Source blocks → the report document, with the notes a person should check. Every source loses
 * its ornaments (icons drawn as pictures), has its characters repaired (look-alikes, invisible
 * and full-width ones) and its ▲ captions taken as captions before its structure is read. A
 * document larger than a report may be is refused (REPORT_TOO_MANY_*).
 */
export function recognise(blocks: readonly SourceBlock[], options: RecogniseOptions): ImportResult {
  const notes: ImportNote[] = [];
  const ornaments = leaveOutDecorations(blocks);
  if (ornaments.left) notes.push(note('decorations-left-out', '', String(ornaments.left)));
  const standard = repairCharacters(ornaments.blocks);
  notes.push(...standard.notes);
  const captioned = takeMarkedCaptions(standard.blocks);
  const spacing = options.repairText ? closeUpSpacedLines(captioned) : { blocks: captioned, closed: 0, example: null };
  if (spacing.example) notes.push(note('letter-spacing-closed', spacing.example, String(spacing.closed)));
  const { rest: pages, dropped } = options.repairText
    ? dropPageFurniture(spacing.blocks)
    : { rest: spacing.blocks, dropped: [] };
  if (dropped.length) notes.push(note('page-furniture-left-out', dropped.join(' / ')));
  const { rest: withoutToc, toc } = dropTocLines(options.repairText ? joinSplitLines(pages) : pages);
  if (toc.length) notes.push(note('toc-left-out', toc.join(' / ')));
  const {
    blocks: body,
    joined,
    example,
  } = options.repairText ? unwrapLines(withoutToc) : { blocks: withoutToc, joined: 0, example: null };
  if (example) notes.push(note('lines-unwrapped', example, String(joined)));
  const { rest, cover } = dropCover(body, notes);
  let items = classify(rest, { patternLevels: patternLevels(rest) });
  items = splitRunOnHeadings(items, notes);
  if (options.repairText) {
    items = joinCaptionTails(items, notes);
    items = rejoinParagraphs(items, notes);
  }
  notes.unshift(...numberingNotes(items));
  const numbering = sourceNumbering(items);
  const children = assemble(items, notes);
  checkReportSize(documentSize(children));
  return {
    document: build.document(children.length ? children : [build.paragraph()]),
    notes,
    title: cover?.title ?? null,
    cover,
    numbering,
  };
}

/**
 * Reports open with a cover (title, year, organisation, date), then 前言 or straight away
 * their first chapter. The print layout makes its own cover and 前言 heading from the meta, so
 * those lines are left out of the body; the first one becomes the report's title.
 */
function dropCover(
  blocks: readonly SourceBlock[],
  notes: ImportNote[],
): { rest: readonly SourceBlock[]; cover: CoverInfo | null } {
  const end = coverEnd(blocks);
  if (end === null) return { rest: blocks, cover: null };
  // A centred line under the school's emblem was read as the emblem's caption: it is a cover line.
  const cover = blocks
    .slice(0, end)
    .flatMap((c) =>
      c.kind === 'para'
        ? [runsText(c.runs).trim()]
        : c.kind === 'images'
          ? c.captions.map((caption) => runsText(caption).trim())
          : [],
    )
    .filter(Boolean);
  // The cover's pictures (the school's emblem, a photo) go with it: the export draws its own cover.
  const pictures = blocks.slice(0, end).reduce((n, b) => n + (b.kind === 'images' ? b.images.length : 0), 0);
  if (cover.length || pictures)
    notes.push(
      note('cover-moved', [...cover, ...(pictures ? [zh.importing.coverPictures(pictures)] : [])].join(' / ')),
    );
  return { rest: blocks.slice(isPreface(blocks[end]) ? end + 1 : end), cover: readCover(cover) };
}

const isPreface = (b: SourceBlock | undefined) =>
  b?.kind === 'para' && runsText(b.runs).replace(/[\s\u3000]/g, '') === '前言';
/** More lines, or a line this long or holding a sentence, are the report's opening text, not its cover. */
const MAX_COVER_LINES = 6;
const MAX_COVER_LINE = 40;
/** A line as a cover has them: short, no sentence. */
const isCoverLine = (line: string) => line.length <= MAX_COVER_LINE && !/[，。；！？]/.test(line);

/** A cover page holds no more lines than this (the school, the title, 专业, 班级, 姓名, 指导教师, the date…). */
const MAX_COVER_PAGE_LINES = 14;

/**
 * Where the cover ends: at 前言; else at the end of the first page of a source that has pages
 * (a .docx's page or section break) when that page holds only short lines and pictures, whatever
 * they say; else at the first heading after a few short lines naming the report.
 */
function coverEnd(blocks: readonly SourceBlock[]): number | null {
  // Pictures stand on many covers (an emblem, a photo): they neither end a cover nor count as its lines.
  const preface = blocks
    .slice(0, MAX_COVER_BLOCKS)
    .findIndex((b) => b.kind !== 'images' && (b.kind !== 'para' || isPreface(b)));
  if (preface >= 0 && isPreface(blocks[preface])) return preface;
  const pageEnd = blocks
    .slice(0, MAX_COVER_PAGE_LINES + MAX_COVER_BLOCKS)
    .findIndex((b) => b.kind === 'para' && b.pageEnd);
  if (
    pageEnd >= 0 &&
    blocks
      .slice(0, pageEnd + 1)
      .every((b) => b.kind === 'images' || (b.kind === 'para' && !b.styleLevel && isCoverLine(runsText(b.runs).trim())))
  ) {
    const lines = blocks.slice(0, pageEnd + 1).filter((b) => b.kind === 'para').length;
    if (lines >= 1 && lines <= MAX_COVER_PAGE_LINES) return pageEnd + 1;
  }
  const opening = blocks.slice(0, MAX_COVER_BLOCKS);
  const end = opening.findIndex(
    (b) => b.kind !== 'images' && (b.kind !== 'para' || b.styleLevel || matchHeadingNumber(runsText(b.runs).trim())),
  );
  if (end < 1 || blocks[end]!.kind !== 'para') return null;
  const lines = blocks.slice(0, end).flatMap((b) => (b.kind === 'para' ? [runsText(b.runs).trim()] : []));
  if (lines.length === 0 || lines.length > MAX_COVER_LINES) return null;
  const short = lines.every(isCoverLine);
  return short && lines.slice(0, 2).some((l) => REPORT_TITLE.test(l)) ? end : null;
}

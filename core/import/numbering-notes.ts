import { type ChapterLabel, type FigureNumberingScope, type HeadingNumberingStyle, chineseNumeral } from '../numbering';
import type { CaptionMatch } from './caption-patterns';
import type { Item } from './classify';
import { type HeadingNumber, reportChapter } from './heading-patterns';
import { type ImportNote, note } from './import-notes';

/** How the source numbered its headings and figures, where it typed numbers: the new report numbers them alike. */
export interface SourceNumbering {
  headings: HeadingNumberingStyle | null;
  chapters: ChapterLabel | null;
  figures: FigureNumberingScope | null;
  cases: FigureNumberingScope | null;
}

export function sourceNumbering(items: readonly Item[]): SourceNumbering {
  const numbers = items.flatMap((i) => (i.t === 'heading' && i.number ? [i.number] : []));
  const forms = new Set(numbers.map((n) => n.form));
  const chapter = reportChapter(numbers);
  // Under 第一章 the Chinese sequence is the likelier one, unless 1.1 was typed.
  const chinese = forms.has('han') || forms.has('han-paren') || (chapter !== undefined && !forms.has('multi'));
  const figureChapters = items.flatMap(typedCaptions).map((c) => c.match.chapter);
  const caseChapters = items.flatMap((i) => (i.t === 'case' && i.label.number !== null ? [i.label.chapter] : []));
  return {
    headings: numbers.length === 0 ? null : chinese ? 'chinese' : 'decimal',
    chapters: numbers.length === 0 ? null : chapter ? (chapter.typed.endsWith('部分') ? 'part' : 'chapter') : 'none',
    figures: mostly(figureChapters),
    cases: mostly(caseChapters),
  };
}

/** Per chapter when most typed numbers carried a chapter (图2-3, 【案例2-1】); null when none was typed. */
function mostly(chapters: readonly (number | null)[]): FigureNumberingScope | null {
  if (chapters.length === 0) return null;
  return chapters.filter((c) => c !== null).length * 2 > chapters.length ? 'per-chapter' : 'continuous';
}

/** The figure captions an item holds as typed, each with the source line it stood in. */
function typedCaptions(item: Item): { match: CaptionMatch; source: string }[] {
  if (item.t === 'captions') return item.captions.map(({ match }) => ({ match, source: item.source }));
  return item.t === 'images' ? item.typed : [];
}

/**
 * The source's own numbering, checked before it is thrown away: a heading number used twice
 * or skipped, case and figure numbers out of sequence, case labels not in the house style.
 */
export function numberingNotes(items: readonly Item[]): ImportNote[] {
  const notes: ImportNote[] = [];
  const counters = [0, 0, 0, 0, 0];
  let lastCase = 0;
  let caseChapter: number | null = null;
  let lastFigure = 0;
  let figureChapter: number | null = null;
  /** The case labels not in the house style, with their notes. */
  const labels: NonStandardLabel[] = [];
  for (const item of items) {
    if (item.t === 'heading') {
      // A heading without a typed number (a styled chapter) still starts its subheadings again at 1.
      if (item.number) {
        const n = item.number.numbers[item.number.numbers.length - 1]!;
        const prev = counters[item.level]!;
        const expected = retyped(item.number, prev + 1);
        if (n === prev)
          notes.push(note('heading-number-duplicate', item.source, item.number.typed.replace(/[.．、]$/, '')));
        else if (n !== prev + 1)
          notes.push(note('heading-number-skipped', item.source, item.number.typed.replace(/[.．、]$/, ''), expected));
        counters[item.level] = n;
      }
      for (let l = item.level + 1; l < counters.length; l += 1) counters[l] = 0;
    } else if (item.t === 'case') {
      const { number, chapter, han, typed, form, standard } = item.label;
      if (!standard) {
        const labelNote = note('case-label-non-standard', item.source, typed);
        notes.push(labelNote);
        labels.push({ note: labelNote, typed, form });
      }
      if (number !== null) {
        // Cases numbered per chapter (案例2-1) start again at each new chapter prefix, as figures do.
        if (chapter !== caseChapter) [caseChapter, lastCase] = [chapter, 0];
        const expected =
          (chapter === null ? '' : `${chapter}-`) + (han ? chineseNumeral(lastCase + 1) : String(lastCase + 1));
        if (number !== lastCase + 1) notes.push(note('case-number-out-of-sequence', item.source, typed, expected));
        lastCase = number;
      }
    } else {
      // A photo captioned without a number (its alt text, a line under it) was a figure of the
      // source's sequence all the same: the next typed number goes on from it.
      if (item.t === 'images' && figureChapter === null)
        lastFigure += item.captions.filter((c) => c.length > 0).length - item.typed.length;
      for (const { match, source } of typedCaptions(item)) {
        if (match.number === null) continue;
        // Numbers typed per chapter (图2-1) start again at each new chapter prefix.
        if (match.chapter !== figureChapter) [figureChapter, lastFigure] = [match.chapter, 0];
        if (match.number !== lastFigure + 1)
          notes.push(
            note(
              'figure-number-out-of-sequence',
              source,
              match.typed,
              (match.chapter === null ? '' : `${match.chapter}-`) + String(lastFigure + 1),
            ),
          );
        lastFigure = match.number;
      }
    }
  }
  return oneNoteForOneLabelForm(notes, labels);
}

/** A case label not in the house style, with its note. */
interface NonStandardLabel {
  note: ImportNote;
  typed: string;
  form: string;
}

/** A source labelling its cases one way at least this often says so once. */
const MIN_LABELS_AS_ONE = 3;

/**
 * A source that labels all its cases one way (【案例一】 throughout) says so once, with their
 * number, rather than in a note for each: where the first of them stood.
 */
function oneNoteForOneLabelForm(notes: readonly ImportNote[], labels: readonly NonStandardLabel[]): ImportNote[] {
  if (labels.length < MIN_LABELS_AS_ONE || new Set(labels.map((l) => l.form)).size !== 1) return [...notes];
  const [first] = labels;
  return notes.flatMap((n) =>
    n === first!.note
      ? [note('case-labels-non-standard', n.text, first!.typed, String(labels.length))]
      : labels.some((l) => l.note === n)
        ? []
        : [n],
  );
}

/** The number `n` written the way the source wrote `number`: "2.4", "三", "（三）", "第三部分". */
function retyped(number: HeadingNumber, n: number): string {
  switch (number.form) {
    case 'multi':
      return [...number.numbers.slice(0, -1), n].join('.');
    case 'han':
      return chineseNumeral(n);
    case 'han-paren':
      return `（${chineseNumeral(n)}）`;
    case 'paren':
      return `（${n}）`;
    case 'chapter':
      return number.typed.replace(/^第[^章部]+/, `第${/\d/.test(number.typed) ? n : chineseNumeral(n)}`);
    default:
      return String(n);
  }
}

import type { SerializedNodeJSON } from '../document/editor-json';
import { type FigureImageRef, type ListItemInput, build } from '../document/nodes';
import { type Item, MAX_HEADING_CHARS } from './classify';
import { type ImportNote, note } from './import-notes';
import { type Runs, runsText, sliceRuns, trimRuns } from './inline-runs';

type Body = Extract<Item, { t: 'body' }>;

/**
 * Recognised items → document blocks. A case runs from its label to the next heading or case,
 * or to the end of the box drawn around it. Unboxed, it also ends at body text that follows its
 * figures, since reports put a case's photos at its end and text after them goes on with the
 * section (the seed's 【案例13】 and 【案例19】).
 */
export function assemble(source: readonly Item[], notes: ImportNote[]): SerializedNodeJSON[] {
  const above = captionsAbove(source);
  const items = above ? source : photosBeforeTheirCaptions(source);
  const root: SerializedNodeJSON[] = [];
  let open: { title: Runs; body: SerializedNodeJSON[]; hasFigure: boolean } | null = null;
  /** Inside a box drawn around a case: everything up to its end belongs to the case. */
  let boxed = false;
  /** The last number of the list typed "1. … 2. …" last in this section: "3. …" after a paragraph goes on from it. */
  let typedListEnd = 0;
  const closeCase = () => {
    if (open) root.push(build.caseBlock(open.title, open.body));
    open = null;
  };
  const emit = (node: SerializedNodeJSON) => (open ? open.body : root).push(node);
  const emitFigures = (figures: SerializedNodeJSON[]) => {
    if (open) open.hasFigure = true;
    for (const group of rows(figures)) emit(group.length === 1 ? group[0]! : build.figureRow(group));
  };

  for (let i = 0; i < items.length; i += 1) {
    const item = items[i]!;
    const next = items[i + 1];
    switch (item.t) {
      case 'heading':
        typedListEnd = 0;
        closeCase();
        root.push(build.heading(item.level, item.runs, item.numbered));
        break;
      case 'case': {
        closeCase();
        // A label on a line of its own ("【案例1】", the title below it): the short line after it is the title.
        const titleBelow = item.runs.length === 0 && next?.t === 'body' && !next.list && isTitleLine(next.source);
        open = { title: titleBelow ? next.runs : item.runs, body: [], hasFigure: false };
        if (titleBelow) i += 1;
        break;
      }
      case 'case-box':
        closeCase();
        boxed = item.edge === 'start';
        break;
      case 'captions':
        if (above && next?.t === 'images' && next.captions.length === 0) {
          emitFigures(next.images.map((image, j) => figureWith(item.captions[j]?.runs, image, notes)));
          i += 1;
          break;
        }
        for (const c of item.captions)
          notes.push(note('caption-without-photo', `${c.match.typed} ${runsText(c.runs)}`));
        emitFigures(item.captions.map((c) => build.figure(c.runs, null)));
        break;
      case 'table-caption':
        if (next?.t === 'table') {
          emit(build.tableCaption(item.runs));
          emit(build.table(next.rows, next.header));
          i += 1;
        } else emit(build.paragraph(item.source));
        break;
      case 'body': {
        if (open?.hasFigure && !boxed) {
          notes.push(note('case-ended-after-figures', item.source));
          closeCase();
        }
        const list = listRun(items, i, typedListEnd);
        if (list) {
          // A source list that goes on after a paragraph keeps its count (Word's 继续编号, "3." typed on).
          const typed = !item.list && list[0]!.ordered;
          const start = item.list?.ordered ? (item.list.number ?? 1) : typed ? (item.numbered?.numbers[0] ?? 1) : 1;
          emit(build.nestedList(list, start));
          typedListEnd = typed ? start + list.length - 1 : 0;
          i += list.length - 1;
        } else emit(build.paragraph(item.runs));
        break;
      }
      case 'table':
        emit(build.table(item.rows, item.header));
        break;
      case 'images': {
        // Captions in the same table row.
        const captions: Runs[] = [...item.captions];
        // Else the caption lines right after the photos: a row's may come a line each, as many as it has photos.
        for (
          let after = items[i + 1];
          !above && item.captions.length === 0 && after?.t === 'captions' && captions.length < item.images.length;
          after = items[i + 1]
        ) {
          captions.push(...after.captions.map((c) => c.runs));
          i += 1;
        }
        if (item.fromTable)
          notes.push(
            note(
              'image-moved-from-table',
              item.images.map((image) => (image && image !== 'missing' ? image.name : '')).join('、'),
            ),
          );
        emitFigures(item.images.map((image, j) => figureWith(captions[j], image, notes)));
        break;
      }
    }
  }
  closeCase();
  return root;
}

/** A line that can be a title: short, and no sentence (it ends in no full stop). */
function isTitleLine(text: string): boolean {
  return text.length <= MAX_HEADING_CHARS && !/[。！？；.!?;]$/.test(text);
}

/**
 * Whether the source puts its captions above the photos (some Word templates do): more caption
 * lines stand right before a photo without a caption of its own than right after one. One
 * reading for the whole document, since "图1 / photo / 图2 / photo" pairs differently from
 * "photo / 图1 / photo / 图2" only as a whole.
 */
function captionsAbove(items: readonly Item[]): boolean {
  let before = 0;
  let after = 0;
  items.forEach((item, i) => {
    if (item.t !== 'images' || item.captions.length > 0) return;
    if (items[i - 1]?.t === 'captions') before += 1;
    if (captionAfter(items, i)) after += 1;
  });
  return before > after;
}

/** Whether a caption line follows the photos at items[i]: right after them, or after the text they were set in. */
function captionAfter(items: readonly Item[], i: number): boolean {
  const images = items[i];
  const next = images?.t === 'images' && images.besideText && items[i + 1]?.t === 'body' ? items[i + 2] : items[i + 1];
  return next?.t === 'captions';
}

/**
 * A photo set in a paragraph of text (floating beside it, or inline after its words) comes in
 * before that text; where the caption line follows the text, Word shows the photo between the
 * two, so the photo goes after the text, next to its caption.
 */
function photosBeforeTheirCaptions(items: readonly Item[]): Item[] {
  const out = [...items];
  for (let i = 0; i + 2 < out.length; i += 1) {
    const images = out[i]!;
    if (
      images.t !== 'images' ||
      !images.besideText ||
      images.captions.length > 0 ||
      out[i + 1]!.t !== 'body' ||
      !captionAfter(out, i)
    )
      continue;
    [out[i], out[i + 1]] = [out[i + 1]!, images];
    i += 1;
  }
  return out;
}

function figureWith(
  caption: Runs | undefined,
  image: FigureImageRef | null | 'missing',
  notes: ImportNote[],
): SerializedNodeJSON {
  // The 体检 panel reports a figure without its photo: the source said as much already.
  if (image === 'missing') return build.figure(caption ?? [], null);
  if (image === null) notes.push(note('image-unreadable', caption ? runsText(caption) : ''));
  else if (!caption || caption.length === 0)
    notes.push(note('image-without-caption', image.name ?? image.assetKey.slice(0, 12)));
  return build.figure(caption ?? [], image);
}

/**
 * Figures side by side come in rows of two or three: 4 → 2 + 2, 5 → 3 + 2. A loop, not a
 * recursion: a text of thousands of photo places in a row once copied the rest at each row.
 */
function rows(figures: SerializedNodeJSON[]): SerializedNodeJSON[][] {
  const out: SerializedNodeJSON[][] = [];
  for (let at = 0; at < figures.length || out.length === 0; ) {
    const left = figures.length - at;
    const take = left <= 3 ? left : left === 4 ? 2 : 3;
    out.push(figures.slice(at, at + take));
    at += take;
  }
  return out;
}

/** A bullet typed (or copied out of a PDF) before a paragraph, by level as Word draws them: • ◦ ▪. */
const TYPED_BULLET = /^([•●·◦○▪■])[\s\u3000]*/;
const BULLET_DEPTH: Record<string, number> = { '•': 0, '●': 0, '·': 0, '◦': 1, '○': 1, '▪': 2, '■': 2 };

/**
 * A list starting at items[i]: source list paragraphs (those at its top level of one kind,
 * those nested under them of any), body paragraphs typed with a bullet (• ◦ ▪), or two or
 * more body paragraphs typed "1. … 2. …" (or "（1）…") in sequence, or typed on from the
 * list typed above ending at `typedListEnd` ("3. …" after a paragraph); typed numbers and
 * bullets are dropped. Null when none starts there.
 */
function listRun(items: readonly Item[], i: number, typedListEnd = 0): ListItemInput[] | null {
  const first = items[i] as Body;
  if (first.list) {
    const top = first.list;
    return bodiesWhile(items, i, ({ runs, list }) => {
      if (!list || (list.depth <= top.depth && list.ordered !== top.ordered)) return null;
      return { content: runs, depth: Math.max(0, list.depth - top.depth), ordered: list.ordered };
    });
  }
  const bullets = bodiesWhile(items, i, ({ runs, source }) => {
    const bullet = TYPED_BULLET.exec(source);
    if (!bullet) return null;
    const depth = BULLET_DEPTH[bullet[1]!] ?? 0;
    return { content: trimRuns(sliceRuns(runs, bullet[0].length)), depth, ordered: false };
  });
  if (bullets.length) return bullets;
  const form = first.numbered?.form;
  const from = first.numbered?.numbers[0];
  const continues = typedListEnd > 0 && from === typedListEnd + 1;
  if ((form !== 'single' && form !== 'paren') || (from !== 1 && !continues)) return null;
  const numbered = bodiesWhile(items, i, ({ runs, numbered: typed }, k) => {
    if (typed?.form !== form || typed.numbers[0] !== from! + k) return null;
    return { content: trimRuns(sliceRuns(runs, typed.length)), depth: 0, ordered: true };
  });
  // One item is a list only where it goes on from a list above it.
  return numbered.length < (continues ? 1 : 2) ? null : numbered;
}

/**
 * What `take` makes of the body paragraphs from items[i] on (the k-th of them), up to the first
 * it makes nothing of. It reads no further than that: a list run looked for at every paragraph
 * of a long text would otherwise read the rest of the text each time.
 */
function bodiesWhile<T>(items: readonly Item[], i: number, take: (body: Body, k: number) => T | null): T[] {
  const taken: T[] = [];
  for (let j = i; j < items.length; j += 1) {
    const item = items[j]!;
    const made = item.t === 'body' ? take(item, j - i) : null;
    if (made === null) break;
    taken.push(made);
  }
  return taken;
}

import { parseChart } from '../chart/chart-data';
import { matchCaseLabel } from '../import/case-patterns';
import type { ImportNoteKind } from '../import/import-notes';
import type { CaseBlock } from '../report-tree';
import { zh } from '../zh';
import { type RawFinding, type Rule, type TextUnit, excerptOf } from './finding';

/** Structure: headings, sections, figures, captions, cases and the import's notes. */

const m = zh.check.messages;

function at(block: { path: number[]; section: number }, f: Omit<RawFinding, 'blockPath' | 'section'>): RawFinding {
  return { ...f, blockPath: block.path, section: block.section };
}

export const headingFullStop: Rule = ({ tree }) =>
  tree.headings
    .filter((h) => /[。．.]\s*$/.test(h.text) && !/\d\.\s*$/.test(h.text))
    .map((h) =>
      at(h, {
        rule: 'heading-full-stop',
        severity: 'warning',
        message: m.headingFullStop,
        excerpt: excerptOf(h.text),
        suggestion: h.text.replace(/[。．.]\s*$/, ''),
      }),
    );

/** A heading with nothing under it before the next heading of the same or a higher level. */
export const emptySection: Rule = ({ tree }) => {
  const out: RawFinding[] = [];
  const blocks = tree.blocks;
  for (let i = 0; i < blocks.length; i += 1) {
    const b = blocks[i]!;
    if (b.kind !== 'heading') continue;
    const next = blocks.slice(i + 1).find((n) => n.kind !== 'page-break');
    if (next === undefined || (next.kind === 'heading' && next.level <= b.level)) {
      out.push(
        at(b, {
          rule: 'empty-section',
          severity: 'warning',
          message: m.emptySection,
          excerpt: `${b.label} ${b.text}`.trim(),
        }),
      );
    }
  }
  return out;
};

export const figureWithoutPhoto: Rule = ({ tree }) =>
  tree.figures
    .filter((f) => f.image === null && f.chart === null)
    .map((f) =>
      at(f, {
        rule: 'figure-without-photo',
        severity: 'warning',
        message: m.figureWithoutPhoto,
        excerpt: `${f.label} ${f.caption}`.trim(),
      }),
    );

/** A chart whose grid cannot be drawn: it prints as a marked gap until the data is fixed. */
export const chartCannotBeDrawn: Rule = ({ tree }) =>
  tree.figures.flatMap((f) => {
    const parsed = f.chart ? parseChart(f.chart) : null;
    if (!parsed || parsed.ok) return [];
    return [
      at(f, {
        rule: 'chart-cannot-be-drawn',
        severity: 'error',
        message: m.chartCannotBeDrawn(parsed.problems[0]!),
        excerpt: `${f.label} ${f.caption}`.trim(),
      }),
    ];
  });

const normCaption = (s: string) => s.replace(/[\s\u3000]+/g, '');

/** A photo printed with a bare 图N: readers (and reviewers) cannot tell what it shows. */
export const figureWithoutCaption: Rule = ({ tree }) =>
  tree.figures
    .filter((f) => normCaption(f.caption) === '')
    .map((f) =>
      at(f, { rule: 'figure-without-caption', severity: 'warning', message: m.figureWithoutCaption, excerpt: f.label }),
    );

/** The same caption on two figures (or two tables): usually a copy-paste left unedited. */
export const duplicateCaption: Rule = ({ tree }) => {
  const out: RawFinding[] = [];
  const groups: [{ label: string; caption: string; path: number[]; section: number }[], (first: string) => string][] = [
    [tree.figures, m.duplicateFigureCaption],
    [tree.tables, m.duplicateTableCaption],
  ];
  for (const [items, message] of groups) {
    const seen = new Map<string, (typeof items)[number]>();
    for (const item of items) {
      const key = normCaption(item.caption);
      if (!key) continue;
      const first = seen.get(key);
      if (first)
        out.push(
          at(item, {
            rule: 'duplicate-caption',
            severity: 'warning',
            message: message(first.label),
            excerpt: `${item.label} ${item.caption}`,
          }),
        );
      else seen.set(key, item);
    }
  }
  return out;
};

export const caseWithoutBody: Rule = ({ tree }) =>
  tree.cases
    .filter(
      (c: CaseBlock) =>
        !c.body.some(
          (b) =>
            (b.kind === 'paragraph' && b.text.trim()) ||
            (b.kind === 'list' && b.items.some((i) => i.text.trim())) ||
            b.kind === 'table',
        ),
    )
    .map((c) =>
      at(c, {
        rule: 'case-without-body',
        severity: 'warning',
        message: m.caseWithoutBody,
        excerpt: `${c.label} ${c.title}`.trim(),
      }),
    );

const TYPED_CASE = /^\s*[【[]\s*(?:典型)?案例\s*[0-9０-９一二三四五六七八九十]+\s*[】\]]/;
const TYPED_FIGURE = /^\s*([图表])\s*[0-9０-９]+(?:\s*[-－.．]\s*[0-9]+)?(?=[\s：:、.．]|[\u4e00-\u9fff“"《（(])/;
/** The ways a heading's number is typed by hand: 第一章, 一、, （一）, 1. or 1.2, (1). */
const HEADING_NUMBER_FORMS = [
  /第[一二三四五六七八九十]+[章节部分]/,
  /[一二三四五六七八九十]+\s*[、.．]/,
  /[（(]\s*[一二三四五六七八九十]+\s*[）)]/,
  /\d+(?:\s*[.．]\s*\d+)*\s*[、.．]?(?=\s|[\u4e00-\u9fff])/,
  /[（(]\s*\d+\s*[）)]/,
];
const TYPED_HEADING = new RegExp(`^\\s*(?:${HEADING_NUMBER_FORMS.map((form) => form.source).join('|')})\\s*`);

/**
 * Numbers typed by hand where the report numbers things itself: a paragraph that looks like a
 * case title or a caption, a heading, case title or caption that still starts with its number
 * (it would print twice: "图5 图5 …").
 */
export const typedNumbering: Rule = ({ units }) => {
  const out: RawFinding[] = [];
  const push = (u: TextUnit, message: string, len: number) => {
    const rest =
      len > 0
        ? u.text
            .slice(len)
            .replace(/^[\s：:、.．]+/, '')
            .trim()
        : '';
    out.push({
      rule: 'typed-numbering',
      severity: 'warning',
      message,
      excerpt: excerptOf(u.text),
      ...(rest ? { suggestion: rest } : {}),
      blockPath: u.blockPath,
      section: u.section,
    });
  };
  for (const u of units) {
    if (u.kind === 'paragraph') {
      const c = TYPED_CASE.exec(u.text);
      if (c) push(u, m.typedCaseInText, 0);
      const f = TYPED_FIGURE.exec(u.text);
      if (f && u.text.length <= 60) push(u, f[1] === '图' ? m.typedFigureInText : m.typedTableInText, 0);
    } else if (u.kind === 'heading') {
      const h = TYPED_HEADING.exec(u.text);
      if (h && !/^\s*\d+\s*年/.test(u.text)) push(u, m.typedHeadingNumber(h[0].trim()), h[0].length);
    } else if (u.kind === 'case-title') {
      const c = TYPED_CASE.exec(u.text);
      if (c) push(u, m.typedCaseNumber, c[0].length);
    } else if (u.kind === 'caption') {
      const f = TYPED_FIGURE.exec(u.text);
      if (f) push(u, m.typedCaptionNumber(f[0].trim()), f[0].length);
    }
  }
  return out;
};

/** Notes that repeat another rule's finding are left out (a caption without photo is a figure without photo). */
const NOTE_SEVERITY: Record<ImportNoteKind, 'warning' | 'info' | null> = {
  'caption-without-photo': null,
  'heading-number-duplicate': 'warning',
  'heading-number-skipped': 'warning',
  'case-number-out-of-sequence': 'warning',
  'figure-number-out-of-sequence': 'warning',
  'case-label-non-standard': 'info',
  'case-labels-non-standard': 'info',
  'case-ended-after-figures': 'warning',
  'heading-split': 'warning',
  'image-without-caption': 'warning',
  'image-unreadable': 'warning',
  'image-moved-from-table': 'warning',
  'paragraphs-rejoined': 'info',
  'caption-joined': 'info',
  'cover-moved': 'info',
  'footnote-inlined': 'info',
  'toc-left-out': 'info',
  'page-furniture-left-out': 'info',
  'lines-unwrapped': 'info',
  'letter-spacing-closed': 'info',
  'look-alikes-replaced': 'info',
  'full-width-alphanumerics': 'info',
  'decorations-left-out': 'info',
  'signatures-left-out': 'info',
  // Each chart's placeholder is a figure without a photo, which the figure rule reports where it stands.
  'charts-not-imported': 'info',
  'revisions-accepted': 'warning',
  'comments-left-out': 'info',
  'pictures-not-imported': 'warning',
  'hidden-text-left-out': 'info',
  'equations-left-out': 'warning',
  'symbols-left-out': 'warning',
  'image-linked': 'info',
  'image-file-missing': 'info',
  'converted-from-legacy-word': 'info',
  'converted-from-pdf': 'info',
  'pasted-from-pdf': 'info',
  'pasted-from-pdf-in-part': 'info',
  'docx-incomplete': 'warning',
  'docx-text-cut': 'warning',
  'docx-text-damaged': 'warning',
  'docx-parts-unreadable': 'warning',
  'list-style-missing': 'warning',
  'pictures-not-found': 'warning',
  'photos-left-in-source': 'warning',
};

const WHOLE_SOURCE: ReadonlySet<string> = new Set<ImportNoteKind>([
  'cover-moved',
  'toc-left-out',
  'page-furniture-left-out',
  'charts-not-imported',
  'decorations-left-out',
  'signatures-left-out',
  'revisions-accepted',
  'comments-left-out',
  'pictures-not-imported',
  'hidden-text-left-out',
  'equations-left-out',
  'symbols-left-out',
  'docx-incomplete',
  'docx-parts-unreadable',
  'photos-left-in-source',
]);

/** The import's notes, placed at the block whose text they quote (the first one that matches). */
export const importNotes: Rule = ({ importNotes: notes, units }) => {
  const out: RawFinding[] = [];
  const squeezed = notes.length ? units.map((u) => ({ u, text: u.text.replace(SQUEEZE, '') })) : [];
  for (const n of notes) {
    // Typed by kind so a new kind of note must be given a severity here; old reports may hold kinds no longer made.
    const severity = n.kind in NOTE_SEVERITY ? NOTE_SEVERITY[n.kind as ImportNoteKind] : 'info';
    if (!severity) continue;
    // Notes on the source as a whole (what was left out of the body, its charts, its revisions) stand at the top.
    const unit = WHOLE_SOURCE.has(n.kind) ? undefined : findQuoted(squeezed, n.text);
    out.push({
      rule: 'import-note',
      severity,
      message: n.message,
      excerpt: excerptOf(n.text),
      blockPath: unit?.blockPath ?? [],
      section: unit?.section ?? -1,
    });
  }
  return out;
};

const SQUEEZE = /[\s\u3000]+/g;

function findQuoted(units: readonly { u: TextUnit; text: string }[], quoted: string): TextUnit | undefined {
  // Notes quote source lines, typed numbers included, and mark seams with ｜, cuts with … and
  // lines listed together with " / ". A link (a path or URL) stays one piece: no text holds it.
  const pieces = [quoted.replace(/｜/g, ''), ...quoted.split(/[｜…]|\s\/\s/)]
    .flatMap((p) => p.split('…'))
    .map((p) => withoutCaseLabel(p.replace(TYPED_HEADING, '')).replace(TYPED_FIGURE, '').replace(SQUEEZE, ''))
    .filter((p) => p.length >= 4)
    .sort((a, b) => b.length - a.length);
  for (const piece of pieces) {
    for (const probe of [piece.slice(0, 24), piece.slice(-24)]) {
      const hit = units.find((s) => s.text.includes(probe));
      if (hit) return hit.u;
    }
  }
  return undefined;
}

/**
 * A quoted line without the case label it opened with, in any form the import reads (【案例3】, 案例二：): the case's title is
 * what the report holds.
 */
function withoutCaseLabel(text: string): string {
  const label = matchCaseLabel(text.trim());
  return label ? text.trim().slice(label.length) : text;
}

export const structureRules: Rule[] = [
  headingFullStop,
  emptySection,
  figureWithoutPhoto,
  chartCannotBeDrawn,
  figureWithoutCaption,
  duplicateCaption,
  caseWithoutBody,
  typedNumbering,
  importNotes,
];

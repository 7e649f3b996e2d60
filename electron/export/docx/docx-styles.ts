import { AlignmentType, type ILevelsOptions, type INumberingOptions, type IParagraphStyleOptions, type IRunOptions, type IStylesOptions, LevelFormat, LevelSuffix, LineRuleType } from 'docx';
import { type FontRole, docxFont } from '../../../core/print/fonts';
import { type PrintTemplate, linePitch } from '../../../core/print/templates';

/**
 * Word styles of a print template. Headings use Word's built-in Heading 1–4 (ids Heading1…,
 * names "heading 1"…) with outline levels, so the navigation pane and 更新目录 work; captions
 * use the built-in Caption style. Every run also carries its East-Asian font and zh-CN
 * language directly, so WPS and Word agree even where a style is overridden.
 */

export const LATIN_FONT = 'Times New Roman';
export const LANGUAGE = { value: 'zh-CN', eastAsia: 'zh-CN' } as const;

export const twip = {
  fromMm: (mm: number) => Math.round((mm / 25.4) * 1440),
  fromPt: (pt: number) => Math.round(pt * 20),
};

export function fontOf(role: FontRole) {
  const eastAsia = docxFont(role);
  const latin = role === 'hei' ? 'Arial' : LATIN_FONT;
  return { ascii: latin, hAnsi: latin, eastAsia, cs: latin };
}

/** Run formatting for a role and size: the East-Asian font and zh-CN on every run. */
export function runFormat(role: FontRole, sizePt: number, extra: Partial<IRunOptions> = {}): IRunOptions {
  return { font: fontOf(role), size: Math.round(sizePt * 2), language: LANGUAGE, ...extra };
}

/** The fixed body line pitch (22 lines a page in 公文风), as exact line spacing. */
export function exactLine(t: PrintTemplate) {
  return { line: twip.fromPt(linePitch(t)), lineRule: LineRuleType.EXACT, before: 0, after: 0 };
}

export function bodyIndent(t: PrintTemplate) {
  return { firstLine: twip.fromPt(t.body.size * t.body.indentChars), firstLineChars: t.body.indentChars * 100 };
}

/** A list item's indent at `depth`: the marker hangs in the first 2 characters, the text aligns after it. */
export function listIndent(t: PrintTemplate, depth: number) {
  const hang = twip.fromPt(t.body.size * t.body.indentChars);
  return { left: hang * (depth + 1), hanging: hang, firstLineChars: 0 };
}

export const LIST_REFERENCE = { ordered: 'nianbao-ordered', bullet: 'nianbao-bullet' } as const;

/**
 * Word lists numbered as listMarkers (core/numbering.ts) numbers the PDF's: 1. → （1） → ①
 * and • → ◦ → ▪ by level, repeating further down. Real Word numbering, so a list stays a
 * list to edit in Word and comes back as one when the .docx is imported.
 */
export function listNumbering(t: PrintTemplate): INumberingOptions {
  // （1） is wider than the hanging 2 characters: the text follows it directly, as in the PDF, not at the next tab stop.
  const ordered = [
    (l: number) => ({ format: LevelFormat.DECIMAL, text: `%${l + 1}.` }),
    (l: number) => ({ format: LevelFormat.DECIMAL, text: `（%${l + 1}）`, suffix: LevelSuffix.NOTHING }),
    (l: number) => ({ format: LevelFormat.DECIMAL_ENCLOSED_CIRCLE, text: `%${l + 1}` }),
  ];
  const bullets = ['•', '◦', '▪'];
  const levels = (level: (l: number) => Pick<ILevelsOptions, 'format' | 'text' | 'suffix'>): ILevelsOptions[] =>
    Array.from({ length: 9 }, (_, l) => ({ level: l, ...level(l), alignment: AlignmentType.LEFT, style: { paragraph: { indent: listIndent(t, l) } } }));
  return {
    config: [
      { reference: LIST_REFERENCE.ordered, levels: levels((l) => ordered[l % 3]!(l)) },
      { reference: LIST_REFERENCE.bullet, levels: levels((l) => ({ format: LevelFormat.BULLET, text: bullets[l % 3]! })) },
    ],
  };
}

export function documentStyles(t: PrintTemplate): IStylesOptions {
  const headingStyles: IParagraphStyleOptions[] = t.headings.map((h, i) => ({
    id: `Heading${i + 1}`,
    name: `heading ${i + 1}`,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: fontOf(h.role), size: h.size * 2, bold: h.bold, color: i === 0 && t.id === 'jianjie' ? t.accent.slice(1) : '000000', language: LANGUAGE },
    paragraph: {
      outlineLevel: i,
      keepNext: true,
      keepLines: true,
      spacing: exactLine(t),
      indent: t.indentHeadings ? bodyIndent(t) : { firstLine: 0 },
      ...(i === 0 && t.chapterOnNewPage ? { pageBreakBefore: true } : {}),
    },
  }));
  return {
    default: {
      document: { run: runFormat(t.body.role, t.body.size), paragraph: { spacing: exactLine(t) } },
    },
    paragraphStyles: [
      {
        id: 'Normal',
        name: 'Normal',
        quickFormat: true,
        run: runFormat(t.body.role, t.body.size),
        paragraph: { spacing: exactLine(t), indent: bodyIndent(t), alignment: AlignmentType.JUSTIFIED },
      },
      ...headingStyles,
      {
        id: 'Caption',
        name: 'caption',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: runFormat(t.caption.role, t.caption.size),
        paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, spacing: { line: 300, lineRule: LineRuleType.AUTO, before: 0, after: 120 } },
      },
      {
        id: 'Title',
        name: 'Title',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: runFormat(t.title.role, t.title.size, { bold: t.title.role === 'xiaobiaosong' }),
        paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, spacing: { line: 360, lineRule: LineRuleType.AUTO, before: 0, after: 0 } },
      },
      ...[1, 2, 3].map((level) => ({
        id: `TOC${level}`,
        name: `toc ${level}`,
        basedOn: 'Normal',
        next: 'Normal',
        run: runFormat(level === 1 ? t.headings[0].role : t.body.role, t.body.size),
        paragraph: { indent: { left: twip.fromPt(t.body.size * (level - 1)), firstLine: 0 }, spacing: exactLine(t) },
      })),
    ],
  };
}

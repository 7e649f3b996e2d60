import { z } from 'zod';
import type { ReportKind } from '../report-meta';
import { MAX_QUANTITIES, type ReportData, emptyReportData, indicatorSchema, quantitySchema } from '../data/data-schema';
import { ReportError } from '../errors';
import { zh } from '../zh';
import { formulaNames, parseFormula } from '../data/formula';
import type { EditorStateJSON, SerializedNodeJSON } from '../document/editor-json';
import { build } from '../document/nodes';
import prefecture from './prefecture.json';
import school from './school.json';

/**
 * 新建报告's templates: the outline a report of each kind is written to, as data files beside
 * this one (school.json follows the Ministry's 2024 framework; update them as it changes). Each
 * entry is a heading, a case or a writing prompt; prompts show in the editor as grey hints and
 * are never printed, exported or counted.
 */
const entrySchema = z.union([
  z
    .object({
      heading: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
      text: z.string().min(1),
      prompt: z.string().optional(),
    })
    .strict(),
  z.object({ case: z.string().min(1), prompt: z.string() }).strict(),
  z.object({ prompt: z.string().min(1) }).strict(),
]);
/** The 数据 a report of this kind starts with: quantities empty, to be filled in; indicators with their formulas. */
const templateDataSchema = z
  .object({
    quantities: z.array(quantitySchema.pick({ id: true, name: true, unit: true, source: true })),
    indicators: z.array(indicatorSchema),
  })
  .strict();
const templateSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    outline: z.array(entrySchema).min(1),
    data: templateDataSchema.optional(),
  })
  .strict();
export type ReportTemplate = z.infer<typeof templateSchema>;

export const templateIds = ['school', 'prefecture', 'blank'] as const;
export type TemplateId = (typeof templateIds)[number];

/** Parsed once: a template file edited by hand into the wrong shape fails the tests, not a user's 新建. */
export const reportTemplates: Record<Exclude<TemplateId, 'blank'>, ReportTemplate> = {
  school: templateSchema.parse(school),
  prefecture: templateSchema.parse(prefecture),
};

/** A case prompt's usual limit: 案例 of about a thousand characters, as report guides ask. */
export const CASE_CHAR_LIMIT = 1000;

/** The document a new report starts with: the template's outline, each prompt followed by a line to write on. */
export function templateDocument(id: TemplateId): EditorStateJSON | null {
  if (id === 'blank') return null;
  const blocks: SerializedNodeJSON[] = [];
  for (const entry of reportTemplates[id].outline) {
    if ('heading' in entry) {
      blocks.push(build.heading(entry.heading, entry.text));
      if (entry.prompt) blocks.push(build.writingPrompt(entry.prompt), build.paragraph(''));
    } else if ('case' in entry) {
      blocks.push(build.caseBlock(entry.case, [build.writingPrompt(entry.prompt), build.paragraph('')]));
    } else blocks.push(build.writingPrompt(entry.prompt), build.paragraph(''));
  }
  return build.document(blocks);
}

/** The 数据 a new report of this template starts with (every value empty); none for 空白. */
export function templateData(id: TemplateId): ReportData {
  const data = id === 'blank' ? undefined : reportTemplates[id].data;
  if (!data) return emptyReportData();
  return {
    version: 1,
    quantities: data.quantities.map((q) => ({ ...q, value: null, year: null, previous: null, note: '' })),
    indicators: data.indicators.map((i) => ({ ...i })),
  };
}

/** The template whose 数据 a report of this kind uses (空白 too: it is blank in its outline, not its numbers). */
export const starterTemplate = (kind: ReportKind): Exclude<TemplateId, 'blank'> =>
  kind === 'school' ? 'school' : 'prefecture';

/**
 * A report's 数据: what it stores, or, for a report made blank or before 数据 existed, what a new
 * report of its kind starts with (a school's quantities and indicators, a 州/市's region's).
 */
export function dataForReport(stored: ReportData | null, kind: ReportKind): ReportData {
  return stored ?? templateData(starterTemplate(kind));
}

/**
 * 添加常用数据: the starter set of the report's kind added to `data`, without what it has already
 * (the same id or name): quantities empty, indicators with their formulas. An indicator whose
 * formula names something the writer removed or renamed is left out rather than added broken.
 */
export function withStarterData(data: ReportData, kind: ReportKind): ReportData {
  const starter = templateData(starterTemplate(kind));
  const has = (item: { id: string; name: string }) =>
    [...data.quantities, ...data.indicators].some((x) => x.id === item.id || x.name === item.name);
  const quantities = [...data.quantities, ...starter.quantities.filter((q) => !has(q))];
  const known = new Set([...quantities, ...data.indicators, ...starter.indicators].map((x) => x.name));
  const indicators = [
    ...data.indicators,
    ...starter.indicators.filter((i) => !has(i) && formulaNamesOf(i.formula).every((n) => known.has(n))),
  ];
  if (quantities.length > MAX_QUANTITIES || indicators.length > MAX_QUANTITIES)
    throw new ReportError('DATA_INVALID', 'too many items', zh.data.errors.tooMany(MAX_QUANTITIES));
  return { ...data, quantities, indicators };
}

function formulaNamesOf(formula: string): string[] {
  try {
    return formulaNames(parseFormula(formula));
  } catch {
    return [];
  }
}

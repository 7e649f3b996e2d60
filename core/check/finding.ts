import type { ComputedData } from '../data/data-schema';
import type { ReportTree } from '../report-tree';

/**
 * What the checker reports. A finding points at one block of the report tree: `blockPath` is
 * the block's `path` (child indices from the root), which is also where the editor jumps to.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface FindingLocation {
  /** Numbered headings from the chapter down to the block's section, e.g. ["1 基本情况", "1.2 设施设备"]. */
  headingPath: string[];
  blockPath: number[];
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** Chinese, from core/zh.ts. */
  message: string;
  /** The text the finding is about, short enough to show in a list. */
  excerpt: string;
  suggestion?: string;
  location: FindingLocation;
}

export const ruleIds = [
  'heading-full-stop',
  'empty-section',
  'figure-without-photo',
  'chart-cannot-be-drawn',
  'figure-without-caption',
  'duplicate-caption',
  'case-without-body',
  'typed-numbering',
  'import-note',
  'doubled-word',
  'doubled-measure-word',
  'stray-latin-word',
  'mixed-punctuation',
  'repeated-sentence',
  'impossible-date',
  'share-over-100',
  'total-differs-from-parts',
  'list-count-differs',
  'ratio-mismatch',
  'unit-slip',
  'inconsistent-value',
  'differs-from-data',
  'unit-slip-from-data',
  'claims-standard-met',
  'data-field-empty',
] as const;
export type RuleId = (typeof ruleIds)[number];

/** One place the checker reads text from: a paragraph, heading, caption, list item or cell. */
export interface TextUnit {
  text: string;
  blockPath: number[];
  /** Index into `tree.headings` of the section, or -1 before the first heading (前言). */
  section: number;
  kind: 'heading' | 'paragraph' | 'list-item' | 'caption' | 'case-title' | 'table-cell';
}

export interface CheckInput {
  tree: ReportTree;
  /** The report's 数据, worked out (core/data): the text is checked against it. Absent: those rules are skipped. */
  data?: ComputedData;
  units: TextUnit[];
  /** Import notes kept in the report's meta. */
  importNotes: readonly { kind: string; text: string; message: string }[];
}

/** What a rule returns: runChecks turns `section` into the heading path. */
export interface RawFinding extends Omit<Finding, 'location'> {
  blockPath: number[];
  section: number;
}

export type Rule = (input: CheckInput) => RawFinding[];

const EXCERPT_CHARS = 40;

/** The part of `text` around [from, to), with an ellipsis where it was cut. */
export function excerptAround(text: string, from: number, to: number, pad = 12): string {
  const start = Math.max(0, from - pad);
  const end = Math.min(text.length, Math.max(to + pad, start + Math.min(EXCERPT_CHARS, to - from + 2 * pad)));
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

/** A short excerpt of a whole text. */
export function excerptOf(text: string): string {
  const t = text.trim();
  return t.length <= EXCERPT_CHARS ? t : `${t.slice(0, EXCERPT_CHARS)}…`;
}

export function raw(
  unit: TextUnit,
  rule: RuleId,
  severity: Severity,
  message: string,
  excerpt: string,
  suggestion?: string,
): RawFinding {
  return {
    rule,
    severity,
    message,
    excerpt,
    ...(suggestion ? { suggestion } : {}),
    blockPath: unit.blockPath,
    section: unit.section,
  };
}

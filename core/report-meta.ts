import { z } from 'zod';
import { importNoteSchema } from './import/import-notes';
import { MAX_REPORT_NOTES } from './limits';

export const reportKinds = ['school', 'bureau'] as const;
export type ReportKind = (typeof reportKinds)[number];

export const headingNumberingStyles = ['decimal', 'chinese'] as const;
/** Chapters as numbered headings (一、 / 1), or called 第一章 / 第一部分. */
export const chapterLabels = ['none', 'chapter', 'part'] as const;
/** Figures and tables counted through the whole report (图53) or per chapter (图2-3). */
export const figureNumberingScopes = ['continuous', 'per-chapter'] as const;
export const templates = ['gongwen', 'jianjie'] as const;

/**
 * A picture on the cover (an emblem or a photo): a stored asset and its size. `sha256` is the
 * stored name of its asset key, as in the document's figure images (core/document/nodes.ts).
 */
export const coverImageSchema = z
  .object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), width: z.number().positive(), height: z.number().positive() })
  .strict();
export type CoverImage = z.infer<typeof coverImageSchema>;

export const reportMetaSchema = z.object({
  title: z.string().trim().min(1).max(200),
  organisation: z.string().trim().max(200),
  year: z.number().int().min(2000).max(2100),
  kind: z.enum(reportKinds),
  headingNumbering: z.enum(headingNumberingStyles).default('decimal'),
  chapterLabel: z.enum(chapterLabels).default('none'),
  figureNumbering: z.enum(figureNumberingScopes).default('continuous'),
  /** Cases counted through the report (【案例24】) or per chapter (【案例2-1】), chosen apart from figures. */
  caseNumbering: z.enum(figureNumberingScopes).default('continuous'),
  template: z.enum(templates).default('gongwen'),
  /** Cover lines under the title: who issues the report, and when ("2025年12月"); empty = defaults. */
  issuer: z.string().trim().max(200).default(''),
  issuedOn: z.string().trim().max(40).default(''),
  /** The school's or bureau's emblem above the cover title, and a photo on the cover; null = none. */
  emblem: coverImageSchema.nullable().default(null),
  coverPhoto: coverImageSchema.nullable().default(null),
  /** Printed on both sides: 前言, 目录 and the body each start on a right-hand page. */
  duplex: z.boolean().default(false),
  /** What the import of this report's source asked a person to check; absent for reports not imported. */
  importNotes: z.array(importNoteSchema).max(MAX_REPORT_NOTES).optional(),
  /** 体检 findings the user chose to ignore: rule + hash of the excerpt, so an edit brings them back. */
  ignoredFindings: z
    .array(z.object({ rule: z.string().min(1).max(64), hash: z.string().regex(/^[0-9a-f]{8}$/) }))
    .max(5000)
    .optional(),
});
/** Meta as stored and returned: every setting present. */
export type ReportMeta = z.output<typeof reportMetaSchema>;
/** Meta as given when creating a report: settings may be left to their defaults. */
export type ReportMetaInput = z.input<typeof reportMetaSchema>;

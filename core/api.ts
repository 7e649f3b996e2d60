import { z } from 'zod';
import {
  type EditorStateJSON,
  MAX_DOCUMENT_DEPTH,
  type SerializedNodeJSON,
  editorStateSchema,
} from './document/editor-json';
import type { ApiError, Result } from './errors';
import {
  MAX_QUANTITIES,
  computedDataSchema,
  indicatorChangeSchema,
  newIndicatorSchema,
  newQuantitySchema,
  quantityChangeSchema,
} from './data/data-schema';
import { columnMappingSchema, xlsxPreviewSchema } from './data/sheet-import';
import { snapshotInfoSchema, snapshotNameSchema } from './history/snapshot';
import { templateIds } from './templates/report-templates';
import { importNoteSchema } from './import/import-notes';
import { photoEditSchema } from './photo-edit';
import { reportMetaSchema, templates } from './report-meta';

/**
 * The one contract between the UI and the Node side: call name → params schema → result
 * schema. Electron IPC, the HTTP harness and the tests are all generic over this table;
 * adding a call here is the only step needed to expose it everywhere.
 */

/**
 * Levels of objects and arrays a call's params may have, checked before they are validated: a
 * document as deep as a saved one may be is twice that in JSON (a node, then its children array).
 */
export const MAX_PARAMS_DEPTH = 2 * MAX_DOCUMENT_DEPTH + 8;

const reportPath = z.string().trim().min(1).max(4096);
/** Text pasted for 插入: a long report is some 100,000 characters. */
const MAX_PASTED_TEXT = 5_000_000;

/** Trusted on the way out (it was validated on the way in); deep-checking it per call would be wasted work. */
const storedDocument = z.custom<EditorStateJSON>((v) => typeof v === 'object' && v !== null && 'root' in v);
/** A top-level block of a document (core/document/nodes.ts shapes). */
const documentBlock = z.custom<SerializedNodeJSON>((v) => typeof v === 'object' && v !== null && 'type' in v);

export const openedReportSchema = z.object({
  path: z.string(),
  meta: reportMetaSchema,
  document: storedDocument.nullable(),
  readOnly: z.boolean(),
  /** Why the report is read-only, in Chinese, or null. */
  readOnlyReason: z.string().nullable(),
  /** ISO time of the last saved document, or null when nothing was saved yet. */
  savedAt: z.string().nullable(),
});
export type OpenedReport = z.infer<typeof openedReportSchema>;

export const recentEntrySchema = z.object({ path: z.string(), title: z.string(), openedAt: z.string() });
export type RecentEntry = z.infer<typeof recentEntrySchema>;

export const reportStatsSchema = z.object({
  headings: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  cases: z.number(),
  figures: z.number(),
  figuresWithImage: z.number(),
  tables: z.number(),
  paragraphs: z.number(),
  chars: z.number(),
});

const none = z.object({}).strict();

/** A photo stored in the report, as the editor refers to it (never its bytes). */
export const assetInfoSchema = z.object({
  assetKey: z.string(),
  width: z.number(),
  height: z.number(),
  mime: z.string(),
  /** The original file name, kept for captions and the figure's alt text. */
  name: z.string(),
  size: z.number(),
});
export type AssetInfo = z.infer<typeof assetInfoSchema>;
/** `added` is false when the same photo (same bytes once sized for print) was already in the report. */
export const addedAssetSchema = assetInfoSchema.extend({ added: z.boolean() });
export const assetKeySchema = z.string().regex(/^[0-9a-f]{64}$/);
/** 50 MB of file as base64 (4 characters per 3 bytes). */
const MAX_ASSET_BASE64 = Math.ceil((50 * 1024 * 1024) / 3) * 4;

export const exportKindSchema = z.enum(['pdf', 'docx']);
export type ExportKind = z.infer<typeof exportKindSchema>;
export const exportResultSchema = z.object({
  path: z.string(),
  pages: z.number(),
  bytes: z.number(),
  /** Font roles printed in a bundled substitute (no 仿宋, 黑体, 楷体 or 小标宋 installed). */
  substitutedFonts: z.array(z.enum(['fangsong', 'hei', 'kai', 'song', 'xiaobiaosong'])).optional(),
});
export type ExportResultValue = z.infer<typeof exportResultSchema>;
/** An export running in the background: the UI polls it (the same over IPC and HTTP). */
export const exportJobStatusSchema = z.object({
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  /** 0–1. */
  progress: z.number(),
  /** What the export is doing, in Chinese. */
  stage: z.string(),
  result: exportResultSchema.nullable(),
  error: z.custom<ApiError>((v) => typeof v === 'object' && v !== null && 'code' in v).nullable(),
});
export type ExportJobStatus = z.infer<typeof exportJobStatusSchema>;
/** `template`: print in this template instead of the report's own (the CLI's --template). */
const exportTarget = z.object({ path: reportPath, template: z.enum(templates).optional() }).strict();
const jobId = z.object({ jobId: z.string().regex(/^[0-9a-f]{16,64}$/) }).strict();
const snapshotId = z.number().int().positive();

const dataRef = z.string().trim().min(1).max(64);
/** `{ [key]: item[] }`: one batch of 数据 changes, 1 to MAX_QUANTITIES items. */
function batch<K extends string, T extends z.ZodType>(key: K, item: T, what: string) {
  const items = z
    .array(item)
    .min(1, { error: `没有要处理的${what}` })
    .max(MAX_QUANTITIES, { error: `一次处理的${what}过多` });
  return z.object({ [key]: items } as { [k in K]: typeof items }).strict();
}

/** What data.remove and data.removeIndicators take: the items, and whether to remove them though in use. */
const removal = (what: string) => batch('refs', dataRef, what).extend({ force: z.boolean().optional() }).strict();

function call<P extends z.ZodType, R extends z.ZodType>(params: P, result: R) {
  return { params, result };
}

export const api = {
  'app.info': call(
    none,
    z.object({ shell: z.enum(['electron', 'harness', 'cli']), version: z.string(), nativeDialogs: z.boolean() }),
  ),
  'recent.list': call(none, z.array(recentEntrySchema)),
  'recent.forget': call(z.object({ path: reportPath }).strict(), z.null()),
  'dialog.pickReportToOpen': call(none, z.string().nullable()),
  'dialog.pickReportToSave': call(
    z.object({ suggestedName: z.string().trim().min(1).max(200) }).strict(),
    z.string().nullable(),
  ),
  /** A new report, starting from a template's outline and writing prompts (default: an empty page). */
  'report.create': call(
    z.object({ path: reportPath, meta: reportMetaSchema, template: z.enum(templateIds).optional() }).strict(),
    openedReportSchema,
  ),
  /** `readOnly`: opened to read only (the CLI's stats, check, export), so the file is not changed. */
  'report.open': call(z.object({ path: reportPath, readOnly: z.boolean().optional() }).strict(), openedReportSchema),
  'report.current': call(none, openedReportSchema.nullable()),
  'report.close': call(none, z.null()),
  /** `path` names the report the editor was opened on: a save from a stale window never lands in another report. */
  'report.saveDocument': call(
    z.object({ path: reportPath, document: editorStateSchema }).strict(),
    z.object({ savedAt: z.string() }),
  ),
  'report.updateMeta': call(z.object({ meta: reportMetaSchema }).strict(), reportMetaSchema),
  'report.saveAs': call(z.object({ path: reportPath }).strict(), openedReportSchema),
  'report.stats': call(none, reportStatsSchema),
  'assets.add': call(
    z
      .object({
        name: z.string().max(1000),
        dataBase64: z
          .string()
          .min(1)
          .max(MAX_ASSET_BASE64)
          .regex(/^[A-Za-z0-9+/]*={0,2}$/),
      })
      .strict(),
    addedAssetSchema,
  ),
  /** A picture of pasted Word/WPS HTML, given by its file:// URL (only temporary files are read). */
  'assets.addPasted': call(z.object({ url: z.string().max(4096) }).strict(), addedAssetSchema),
  /** Native multi-file dialog; null where there is none (the browser harness picks in the page). */
  'assets.pick': call(none, z.array(addedAssetSchema).nullable()),
  /** A turned or cropped photo, made from the stored one given (which stays in the report, for 还原). */
  'assets.edit': call(z.object({ assetKey: assetKeySchema, edit: photoEditSchema }).strict(), addedAssetSchema),
  'assets.info': call(z.object({ assetKey: assetKeySchema }).strict(), assetInfoSchema),
  /**
   * How many of an import's photos are still being read out of its source or sized for print in
   * the background (0 without a report): the status bar's 照片整理中.
   */
  'assets.photosBeingSized': call(none, z.object({ count: z.number().int().nonnegative() })),
  /**
   * Waits until the open report holds no photo still to read or size for print and the space
   * they freed is given back: for a shell that exits after an import (the CLI).
   */
  'assets.photosSized': call(none, z.null()),
  /**
   * Imports a .docx/.txt/.md into a new report (target from dialog.pickReportToSave's logic); null when the user
   * cancelled.
   */
  'import.file': call(
    z.object({ path: reportPath, into: z.literal('new').default('new') }).strict(),
    z.object({ report: openedReportSchema, stats: reportStatsSchema, notes: z.array(importNoteSchema) }).nullable(),
  ),
  /**
   * 插入文件 and 粘贴文字, first step: reads a .docx/.txt/.md, or text pasted in (copied out of a
   * PDF, a web page), for the open report. Nothing is written to it yet: `blocks`
   * (core/document/nodes.ts shapes) are for the user to insert whole or pick cases from, by `id`.
   */
  'import.read': call(
    z.union([z.object({ path: reportPath }).strict(), z.object({ text: z.string().max(MAX_PASTED_TEXT) }).strict()]),
    z.object({
      id: z.string(),
      blocks: z.array(documentBlock),
      stats: reportStatsSchema,
      notes: z.array(importNoteSchema),
    }),
  ),
  /**
   * Second step: the blocks read as `id` (those at `pick` only, when given) for the editor to
   * insert at the cursor. Their photos are stored in the open report now and the notes about them
   * appended to meta.importNotes (the report's meta returned as `meta`).
   */
  'import.insert': call(
    z
      .object({ id: z.string().max(100), pick: z.array(z.number().int().nonnegative()).max(10_000).optional() })
      .strict(),
    z.object({
      blocks: z.array(documentBlock),
      stats: reportStatsSchema,
      notes: z.array(importNoteSchema),
      meta: reportMetaSchema,
    }),
  ),
  /** Drops what import.read held for `id` (the user inserted nothing). */
  'import.discard': call(z.object({ id: z.string().max(100) }).strict(), z.null()),
  /**
   * How far the running 导入 or 插入文件 is: photos stored, of those found in the file
   * (0 of 0 until they are counted, and for text). Null when no import is running.
   */
  'import.progress': call(
    none,
    z.object({ photosDone: z.number().int().nonnegative(), photosTotal: z.number().int().nonnegative() }).nullable(),
  ),
  /**
   * Native open dialog for an import source (.docx/.txt/.md); null when cancelled or where there is none (the harness
   * types a path).
   */
  'dialog.pickImportSource': call(none, z.string().nullable()),
  /** What this shell can do besides the contract's files: show a file in the system's file manager. */
  'app.capabilities': call(none, z.object({ reveal: z.boolean() })),
  /** Shows the file in its folder; false where the shell cannot (the browser harness). */
  'app.reveal': call(z.object({ path: reportPath }).strict(), z.boolean()),
  /**
   * Where to write an export: a native save dialog, or a new name in the harness's reports folder; null when cancelled.
   */
  'dialog.pickExportPath': call(
    z
      .object({
        suggestedName: z.string().trim().min(1).max(200),
        kind: z.union([exportKindSchema, z.literal('xlsx')]),
      })
      .strict(),
    z.string().nullable(),
  ),
  /** The open report as PDF / .docx at `path`, waiting until it is written. */
  'export.pdf': call(exportTarget, exportResultSchema),
  'export.docx': call(exportTarget, exportResultSchema),
  /** The same, in the background: poll export.status until it is no longer running. */
  'export.start': call(
    z.object({ kind: exportKindSchema, path: reportPath }).strict(),
    z.object({ jobId: z.string() }),
  ),
  'export.status': call(jobId, exportJobStatusSchema),
  /** Asks a running export to stop; its status turns 'cancelled' once nothing is left on disk. */
  'export.cancel': call(jobId, z.null()),
  /** 文件 → 历史版本: the open report's snapshots, oldest first. */
  'history.list': call(none, z.array(snapshotInfoSchema)),
  /**
   * One snapshot's document, to read beside the current text or compare, and its 数据 (null for
   * a version from before 数据 was kept): its fields show that version's numbers.
   */
  'history.document': call(
    z.object({ id: snapshotId }).strict(),
    z.object({ document: storedDocument, data: computedDataSchema.nullable() }),
  ),
  /** Keeps the saved document as a snapshot: before 全部替换, or a version the user names (送审稿, 定稿). */
  'history.snapshot': call(
    z.union([
      z.object({ reason: z.literal('replace-all') }).strict(),
      z.object({ reason: z.literal('named'), name: snapshotNameSchema }).strict(),
    ]),
    snapshotInfoSchema,
  ),
  'history.name': call(z.object({ id: snapshotId, name: snapshotNameSchema }).strict(), snapshotInfoSchema),
  /** Makes snapshot `id` the document, keeping the current one as a snapshot first (the restore can be taken back). */
  'history.restore': call(z.object({ id: snapshotId }).strict(), openedReportSchema),
  /**
   * 数据 (core/data/README.md): the open report's quantities and indicators, worked out, each
   * against its line of the 设置标准. Every change below answers with the same view, recomputed.
   */
  'data.get': call(none, computedDataSchema),
  /** Changes quantities, each found by `ref` (id or name); all apply or none. */
  'data.set': call(batch('changes', quantityChangeSchema, '数据'), computedDataSchema),
  /** Adds the user's own quantities (names must be new). */
  'data.add': call(batch('quantities', newQuantitySchema, '数据'), computedDataSchema),
  /**
   * Removes quantities by id or name. Refused (DATA_IN_USE, naming each use: 图N, 指标“X”, N 处正文)
   * for one a formula, a chart or a field in the saved text uses, unless `force` (仍然删除).
   */
  'data.remove': call(removal('数据'), computedDataSchema),
  /**
   * The user's own indicators: a formula over the data's names (formula.ts) and the unit of its
   * result. A formula that does not parse, names nothing known or gives another kind of unit
   * than declared is refused (DATA_INVALID, its fault in Chinese); data still empty is fine.
   */
  'data.addIndicators': call(batch('indicators', newIndicatorSchema, '指标'), computedDataSchema),
  /** Changes indicators, each found by `ref` (id or name); a rename follows into other formulas. */
  'data.setIndicators': call(batch('changes', indicatorChangeSchema, '指标'), computedDataSchema),
  /** As data.remove, for indicators. */
  'data.removeIndicators': call(removal('指标'), computedDataSchema),
  /** 添加常用数据: the quantities and indicators a report of its kind starts with, those it lacks added empty. */
  'data.addStarter': call(none, computedDataSchema),
  /** 从去年的报告开始: last year's report's values become this report's 上年 (core/data/last-year.ts). */
  'data.takeLastYear': call(z.object({ path: reportPath }).strict(), computedDataSchema),
  /**
   * 导入Excel, first step: reads the .xlsx at `path` (the sheet named, else the first whose headers
   * are recognised) and answers what importing it would do, row by row. Nothing is written.
   */
  'data.readXlsx': call(
    z
      .object({ path: reportPath, sheet: z.string().max(200).optional(), mapping: columnMappingSchema.optional() })
      .strict(),
    xlsxPreviewSchema,
  ),
  /** Second step: reads the sheet again and applies its new and changed rows (all or none). */
  'data.importXlsx': call(
    z.object({ path: reportPath, sheet: z.string().max(200), mapping: columnMappingSchema }).strict(),
    z.object({ view: computedDataSchema, counts: xlsxPreviewSchema.shape.counts }),
  ),
  /** 导出Excel: the 数据 and the indicators as the sheets 数据 and 指标 of an .xlsx at `path`. */
  'data.exportXlsx': call(z.object({ path: reportPath }).strict(), z.object({ path: z.string(), bytes: z.number() })),
  /**
   * Native open dialog for an .xlsx to import; null when cancelled or where there is none (the dialog keeps a path
   * field).
   */
  'dialog.pickXlsxSource': call(none, z.string().nullable()),
  /** 打印预览: a URL path (same origin as the app) of the open report's paginated print page. */
  'export.previewUrl': call(none, z.object({ url: z.string() })),
} as const;

export type Api = typeof api;
export type ApiName = keyof Api;
export const apiNames = Object.keys(api) as ApiName[];

export type ApiParams<N extends ApiName> = z.input<Api[N]['params']>;
export type ApiValue<N extends ApiName> = z.output<Api[N]['result']>;

/** What the Node side implements: one handler per call, given already-validated params. */
export type ApiHandlers = {
  [N in ApiName]: (params: z.output<Api[N]['params']>) => Promise<ApiValue<N>> | ApiValue<N>;
};

/** What the UI holds: one function per call; failures come back as values, never as throws. */
export type ApiClient = { [N in ApiName]: (params: ApiParams<N>) => Promise<Result<ApiValue<N>>> };

export function isApiName(name: unknown): name is ApiName {
  return typeof name === 'string' && Object.hasOwn(api, name);
}

import { z } from 'zod';

/**
 * Why a snapshot of the report was kept (文件 → 历史版本 shows it as its label): the automatic
 * ones (on opening, every 10 minutes of editing) and those taken before a change the user may
 * want to take back whole (插入文件, 全部替换, 恢复此版本, 导出), plus versions the user named.
 */
export const snapshotReasons = [
  'open',
  'edit',
  'insert',
  'replace-all',
  'restore',
  'export',
  'named',
  'data-import',
] as const;
export type SnapshotReason = (typeof snapshotReasons)[number];

/** Automatic snapshots give way to newer ones; these are kept until the user deletes the report. */
export const keptForever: ReadonlySet<SnapshotReason> = new Set(['named']);

export const snapshotInfoSchema = z.object({
  id: z.number().int(),
  createdAt: z.string(),
  reason: z.enum(snapshotReasons),
  /** The user's name for it (送审稿, 定稿), or null. */
  name: z.string().nullable(),
  /** Characters of the report's text then (CJK each as one), as the status bar counts. */
  chars: z.number().int().nonnegative(),
});
export type SnapshotInfo = z.infer<typeof snapshotInfoSchema>;

export const snapshotNameSchema = z.string().trim().min(1).max(60);

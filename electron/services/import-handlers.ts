import { basename, extname } from 'node:path';
import type { ApiHandlers, ApiValue } from '../../core/api';
import { documentStats } from '../../core/stats';
import type { PhotoProgress } from '../import/docx-blocks';
import { importIntoReport, importToNewReport } from '../import/import-to-report';
import { type ServiceContext, describeReport } from './service-context';

/** 文件 → 导入 (a new report, opened at once) and 插入文件 (into the open report at the cursor). */
export function importHandlers(ctx: ServiceContext): Pick<ApiHandlers, 'import.file' | 'import.insert' | 'import.progress' | 'dialog.pickImportSource'> {
  const { deps } = ctx;
  let progress: ApiValue<'import.progress'> = null;
  /** Runs one import with its progress on record for import.progress; a photo-heavy Word file takes seconds. */
  const tracked = async <T>(run: (onPhotos: PhotoProgress) => Promise<T>): Promise<T> => {
    const mine = { photosDone: 0, photosTotal: 0 };
    progress = mine;
    try {
      return await run((done, total) => Object.assign(mine, { photosDone: done, photosTotal: total }));
    } finally {
      if (progress === mine) progress = null;
    }
  };
  return {
    'import.progress': () => (progress ? { ...progress } : null),
    'dialog.pickImportSource': () => deps.dialogs.pickImportSource(),
    'import.file': async ({ path }) => {
      const target = await deps.dialogs.pickReportToSave(basename(path, extname(path)));
      if (!target) return null;
      const { file, result } = await tracked((onPhotos) => importToNewReport(path, target, {}, { overwrite: deps.dialogs.native, onPhotos }));
      ctx.switchTo(file);
      return { report: describeReport(file), stats: documentStats(result.document, file.meta), notes: result.notes };
    },
    'import.insert': async (source) => {
      const file = ctx.requireReport();
      const { blocks, result } = await tracked((onPhotos) => importIntoReport(file, source, { onPhotos }));
      ctx.startPhotoIntake();
      return { blocks, stats: documentStats(result.document, file.meta), notes: result.notes, meta: file.meta };
    },
  };
}

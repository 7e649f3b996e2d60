import { randomBytes } from 'node:crypto';
import { basename, extname } from 'node:path';
import type { ApiHandlers, ApiValue } from '../../core/api';
import { build } from '../../core/document/nodes';
import { ReportError } from '../../core/errors';
import { documentStats } from '../../core/stats';
import type { PhotoProgress } from '../import/docx-blocks';
import { type ReadImport, importToNewReport, insertRead, readForInsert } from '../import/import-to-report';
import { checkReportTarget } from './report-target';
import { type ServiceContext, describeReport } from './service-context';

/** 文件 → 导入 (a new report, opened at once) and 插入文件 (into the open report at the cursor). */
export function importHandlers(
  ctx: ServiceContext,
): Pick<
  ApiHandlers,
  'import.file' | 'import.read' | 'import.insert' | 'import.discard' | 'import.progress' | 'dialog.pickImportSource'
> {
  const { deps } = ctx;
  let progress: ApiValue<'import.progress'> = null;
  /**
   * The last import.read, photos and all, until it is inserted or dropped (the dialog is modal:
   * one at a time); it goes with the report it was read for.
   */
  let held: { id: string; read: ReadImport } | null = null;
  ctx.onDetach(() => (held = null));
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
      deps.paths.check('import', path);
      const target = await deps.dialogs.pickReportToSave(basename(path, extname(path)));
      if (!target) return null;
      await checkReportTarget(target);
      const { file, result } = await tracked((onPhotos) =>
        importToNewReport(path, target, {}, { overwrite: deps.dialogs.native, onPhotos }),
      );
      ctx.switchTo(file);
      return { report: describeReport(file), stats: documentStats(result.document, file.meta), notes: result.notes };
    },
    'import.read': async (source) => {
      const file = ctx.requireReport();
      if ('path' in source) deps.paths.check('import', source.path);
      const read = await tracked((onPhotos) => readForInsert(source, { onPhotos }));
      // Another report opened meanwhile: what was read was for the one let go.
      if (ctx.report !== file) throw new ReportError('IMPORT_READ_GONE', 'the report was closed while reading');
      held = { id: randomBytes(12).toString('hex'), read };
      return {
        id: held.id,
        blocks: read.blocks,
        stats: documentStats(read.result.document, file.meta),
        notes: read.result.notes,
      };
    },
    'import.insert': ({ id, pick }) => {
      const file = ctx.requireReport();
      if (held?.id !== id) throw new ReportError('IMPORT_READ_GONE', `no read import ${id} for the open report`);
      // What the report was before the insert, to take back whole from 历史版本.
      if (!file.readOnly) file.takeSnapshot('insert');
      const { blocks, notes } = insertRead(file, held.read, pick);
      held = null;
      ctx.startSizingPhotos();
      return { blocks, stats: documentStats(build.document(blocks), file.meta), notes, meta: file.meta };
    },
    'import.discard': ({ id }) => {
      if (held?.id === id) held = null;
      return null;
    },
  };
}

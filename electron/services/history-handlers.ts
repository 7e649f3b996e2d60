import type { ApiHandlers } from '../../core/api';
import { computeData } from '../../core/data/compute';
import { fillDataFields } from '../../core/data/fields';
import { ReportError } from '../../core/errors';
import { type ServiceContext, describeReport } from './service-context';

type HistoryCalls = Extract<keyof ApiHandlers, `history.${string}`>;

/** 文件 → 历史版本: list, read, name and restore the open report's snapshots. */
export function historyHandlers(ctx: ServiceContext): Pick<ApiHandlers, HistoryCalls> {
  return {
    'history.list': () => ctx.requireReport().snapshots(),
    'history.document': ({ id }) => {
      const file = ctx.requireReport();
      const document = file.snapshotDocument(id);
      if (!document) throw new ReportError('SNAPSHOT_NOT_FOUND', String(id));
      // The version's numbers, as its own data gives them (a version without data shows what it saved).
      const stored = file.snapshotData(id);
      const data = stored && computeData(stored);
      return { document: data ? fillDataFields(document, data) : document, data };
    },
    'history.snapshot': (params) =>
      ctx.requireReport().takeSnapshot(params.reason, params.reason === 'named' ? params.name : null),
    'history.name': ({ id, name }) => ctx.requireReport().nameSnapshot(id, name),
    'history.restore': ({ id }) => {
      const file = ctx.requireReport();
      file.restoreSnapshot(id);
      return describeReport(file);
    },
  };
}

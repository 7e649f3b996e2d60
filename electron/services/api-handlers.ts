import type { ApiHandlers } from '../../core/api';
import { type AssetResponder, createAssetResponder } from '../assets/asset-response';
import { type PrintPreview, createPrintPreview } from '../export/print-preview';
import { assetHandlers } from './asset-handlers';
import { dataHandlers } from './data-handlers';
import { xlsxHandlers } from './xlsx-handlers';
import { exportHandlers } from './export-handlers';
import { historyHandlers } from './history-handlers';
import { importHandlers } from './import-handlers';
import { reportHandlers } from './report-handlers';
import { ServiceContext, type ServiceDeps } from './service-context';

export type { ServiceDeps } from './service-context';

export interface Services {
  handlers: ApiHandlers;
  /** Photos of the open report, for the harness's HTTP route and Electron's app:// protocol. */
  assets: AssetResponder;
  /** 打印预览 pages of the open report, on the same two routes. */
  printPreview: PrintPreview['respond'];
  /** Closes the open report and releases its lock (window closed, process exiting). */
  shutdown(): void;
}

/**
 * The Node side of the contract, assembled from one group of handlers per feature; the
 * `satisfies` check fails to compile until every call in core/api.ts has a handler.
 */
export function createServices(deps: ServiceDeps): Services {
  const ctx = new ServiceContext(deps);
  const preview = createPrintPreview(() => ctx.report);
  const handlers = {
    ...reportHandlers(ctx),
    ...assetHandlers(ctx),
    ...importHandlers(ctx),
    ...exportHandlers(ctx, preview),
    ...historyHandlers(ctx),
    ...dataHandlers(ctx),
    ...xlsxHandlers(ctx),
  } satisfies ApiHandlers;
  return {
    handlers,
    assets: createAssetResponder(
      () => ctx.report,
      () => ctx.photosRead(),
    ),
    printPreview: preview.respond,
    shutdown: () => ctx.close(),
  };
}

import type { ApiName, ApiParams, ApiValue } from '../../core/api';
import { withCheckedResults } from '../../core/checked-results';
import { ReportError } from '../../core/errors';
import { clientOf, createDispatcher } from '../api/dispatch';
import type { PdfPrinter } from '../export/pdf-printer';
import { createServices } from '../services/api-handlers';
import type { Dialogs } from '../services/dialogs';
import type { PathPolicy } from '../services/path-policy';
import type { RecentList } from '../services/recent-files';

/**
 * What the CLI's "dialogs" answer: the paths on its command line, which a command sets before
 * the call that asks (import.file asks where to save the new report).
 */
export interface CliAnswers {
  reportToSave?: string;
  exportPath?: string;
}

/**
 * The CLI as one more client of the contract (core/api.ts): the app's services run in this
 * process and every command calls them through the dispatcher, as the window does over IPC
 * and the harness over HTTP, with results checked against the contract.
 */
export interface CliApi {
  /** Calls `name`; a failure is thrown as the ReportError it was (code, Chinese message, detail). */
  call<N extends ApiName>(name: N, params: ApiParams<N>): Promise<ApiValue<N>>;
  readonly answers: CliAnswers;
  /** Closes the open report, releasing its lock. */
  close(): void;
}

/** Whoever runs the CLI has the file system: any path is theirs to name. */
const anyPath: PathPolicy = { check: () => undefined };
/** The CLI leaves the app's 最近打开 list alone. */
const noRecentFiles: RecentList = { list: () => [], add: () => undefined, forget: () => undefined };

export function connectCli({ version, printer }: { version: string; printer?: PdfPrinter }): CliApi {
  const answers: CliAnswers = {};
  const dialogs: Dialogs = {
    // Not native: nothing asks before replacing a file, so nothing is replaced.
    native: false,
    pickReportToOpen: async () => null,
    pickImportSource: async () => null,
    pickImages: async () => [],
    pickSpreadsheet: async () => null,
    pickReportToSave: async () => answers.reportToSave ?? null,
    pickExportPath: async () => answers.exportPath ?? null,
  };
  const services = createServices({
    shell: 'cli',
    version,
    dialogs,
    paths: anyPath,
    recent: noRecentFiles,
    ...(printer && { printer }),
  });
  const client = withCheckedResults(clientOf(createDispatcher(services.handlers)));
  return {
    answers,
    async call(name, params) {
      const result = await client[name](params);
      if (!result.ok) throw new ReportError(result.error.code, result.error.detail);
      return result.value;
    },
    close: () => services.shutdown(),
  };
}

import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** File pickers: native in Electron; in the browser harness and tests, a documents folder. */
export interface Dialogs {
  readonly native: boolean;
  pickReportToOpen(): Promise<string | null>;
  /** A path the user agreed to write (a native dialog has already asked about overwriting). */
  pickReportToSave(suggestedName: string): Promise<string | null>;
  /** Image files to insert, several at once; [] when cancelled or when there is no native dialog. */
  pickImages(): Promise<string[]>;
  /** Where to write an export, ending in .pdf, .docx or .xlsx; null when cancelled. */
  pickExportPath(suggestedName: string, kind: 'pdf' | 'docx' | 'xlsx'): Promise<string | null>;
  /**
   * A .docx/.pdf/.doc/.wps/.txt/.md to import; null when cancelled or when there is no native dialog (the import dialog
   * then keeps its path field).
   */
  pickImportSource(): Promise<string | null>;
  /** An .xlsx to import 数据 from; null when cancelled or when there is no native dialog. */
  pickSpreadsheet(): Promise<string | null>;
}

export const REPORT_EXTENSION = '.nianbao';

export function safeFileName(name: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are among what it removes
  const unsafe = /[\\/:*?"<>|\u0000-\u001f]/g;
  const cleaned = name.replace(unsafe, '').trim().slice(0, 120);
  return cleaned.length > 0 ? cleaned : '未命名报告';
}

/** No native dialogs: new reports go to `folder` under a name that is not taken yet. */
export function folderDialogs(folder: string): Dialogs {
  return {
    native: false,
    pickReportToOpen: async () => null,
    pickImages: async () => [],
    pickImportSource: async () => null,
    pickSpreadsheet: async () => null,
    pickReportToSave: async (suggestedName) =>
      freeName(folder, suggestedName.replace(/\.nianbao$/i, ''), REPORT_EXTENSION),
    pickExportPath: async (suggestedName, kind) =>
      freeName(folder, suggestedName.replace(/\.(pdf|docx|xlsx)$/i, ''), `.${kind}`),
  };
}

/** `folder/name.ext`, or `name (2).ext`… when taken: the harness never overwrites a file. */
function freeName(folder: string, name: string, extension: string): string {
  mkdirSync(folder, { recursive: true });
  const base = safeFileName(name);
  for (let i = 1; ; i += 1) {
    const candidate = join(folder, `${base}${i === 1 ? '' : ` (${i})`}${extension}`);
    if (!existsSync(candidate)) return candidate;
  }
}

import type { OpenedReport } from '../../core/api';
import { ReportError } from '../../core/errors';
import { PhotoSizer } from '../assets/photo-sizer';
import { fillDataFields } from '../../core/data/fields';
import { reportDataView } from '../store/report-data';
import type { ReportFile } from '../store/report-file';
import type { PdfPrinter } from '../export/pdf-printer';
import type { Dialogs } from './dialogs';
import type { PathPolicy } from './path-policy';
import type { RecentList } from './recent-files';

export interface ServiceDeps {
  shell: 'electron' | 'harness' | 'cli';
  version: string;
  dialogs: Dialogs;
  /** Which paths the page may name (the page is not trusted with the file system). */
  paths: PathPolicy;
  recent: RecentList;
  /** Renders PDFs: Electron's own in the app; absent, system Chromium (harness, tests). */
  printer?: PdfPrinter;
  /** What only a desktop shell can do. */
  shellCapabilities?: ShellCapabilities;
}

export interface ShellCapabilities {
  /** Opens the file manager at the file (Electron's shell.showItemInFolder). */
  revealInFolder?(path: string): void;
}

/** What every group of handlers shares: the deps and the one open report of this window. */
export class ServiceContext {
  private current: ReportFile | null = null;
  private sizer: PhotoSizer | null = null;
  private readonly detachListeners: (() => void)[] = [];

  constructor(readonly deps: ServiceDeps) {}

  get report(): ReportFile | null {
    return this.current;
  }

  requireReport(): ReportFile {
    if (!this.current) throw new ReportError('NO_REPORT_OPEN');
    return this.current;
  }

  /** Makes `file` the open report (closing the previous one) and records it as recent. */
  switchTo(file: ReportFile): OpenedReport {
    if (this.current !== file) {
      this.close();
      this.current = file;
      if (!file.readOnly) {
        this.sizer = new PhotoSizer(file);
        this.startSizingPhotos();
      }
    }
    this.deps.recent.add(file.path, file.meta.title);
    return describeReport(file);
  }

  /** Starts sizing the open report's imported photos for print, in the background (after an open, or 插入文件). */
  startSizingPhotos(): void {
    // A failure here (a full disk) leaves the photos as imported, which still show and export.
    this.photosSized().catch((err: Error) => console.warn(`sizing photos stopped: ${err.message}`));
  }

  /**
   * Resolves once the open report holds no photo still to read or size for print (an import's
   * photos, sized after it opened), starting that work if photos were just added (插入文件).
   */
  photosSized(): Promise<void> {
    return this.sizer?.sizeAll() ?? Promise.resolve();
  }

  /** Resolves once the photos an import left in its source are read into the open report (or could not be). */
  photosRead(): Promise<void> {
    return this.sizer?.photosRead() ?? Promise.resolve();
  }

  /** How many photos are still being read or sized here: none for a report open read-only, where nothing is. */
  photosBeingSized(): number {
    if (!this.sizer || !this.current) return 0;
    return (
      this.current.listPhotosToSize().length + (this.sizer.readingSource ? this.current.listPhotosToRead().length : 0)
    );
  }

  /** Runs `listener` whenever the open report is let go: closed, or replaced by another. */
  onDetach(listener: () => void): void {
    this.detachListeners.push(listener);
  }

  /** Forgets the open report without closing it (the caller owns it now). */
  detach(): ReportFile | null {
    for (const listener of this.detachListeners) listener();
    this.sizer?.stop();
    this.sizer = null;
    const file = this.current;
    this.current = null;
    return file;
  }

  close(): void {
    this.detach()?.close();
  }
}

export function describeReport(file: ReportFile): OpenedReport {
  const doc = file.document;
  return {
    path: file.path,
    meta: file.meta,
    // Data fields come showing the current data, even before the editor asks for it.
    document: doc ? fillDataFields(doc.json, reportDataView(file)) : null,
    readOnly: file.readOnly,
    readOnlyReason: file.readOnlyReason,
    savedAt: doc?.updatedAt ?? null,
  };
}

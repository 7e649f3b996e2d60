import type { RecentEntry } from '../../core/api';
import { ReportError } from '../../core/errors';
import type { Dialogs } from './dialogs';

/** What the page means to do with a path it names: each is granted on its own. */
export type PathPurpose = 'open' | 'save' | 'export' | 'import';

/**
 * Which file paths the page may name, and for what. The page may be compromised (a report is
 * anyone's document), so a path it sends is used only when the shell vouches for it.
 */
export interface PathPolicy {
  /** Throws a ReportError when the page may not use `path` for `purpose`. */
  check(purpose: PathPurpose, path: string): void;
}

/**
 * Electron's policy: a path is the user's choice only when this process's native dialog
 * answered it (kept here, never taken from the page) for that purpose, when the system handed
 * it over (a double-clicked report), or, to open, when it is on the 最近打开 list.
 */
export class GrantedPaths implements PathPolicy {
  private readonly granted = new Map<PathPurpose, Set<string>>();

  constructor(private readonly recent: () => readonly RecentEntry[]) {}

  grant(purpose: PathPurpose, path: string): void {
    const paths = this.granted.get(purpose) ?? new Set<string>();
    paths.add(path);
    this.granted.set(purpose, paths);
  }

  check(purpose: PathPurpose, path: string): void {
    if (this.granted.get(purpose)?.has(path)) return;
    if (purpose === 'open' && this.recent().some((entry) => entry.path === path)) return;
    throw new ReportError('PATH_NOT_CHOSEN', `${purpose}: ${path}`);
  }
}

/** `dialogs`, each answer granted for what it was asked for. */
export function grantingDialogs(dialogs: Dialogs, grants: GrantedPaths): Dialogs {
  const granting =
    (purpose: PathPurpose) =>
    (path: string | null): string | null => {
      if (path !== null) grants.grant(purpose, path);
      return path;
    };
  return {
    native: dialogs.native,
    pickImages: () => dialogs.pickImages(),
    pickReportToOpen: () => dialogs.pickReportToOpen().then(granting('open')),
    pickReportToSave: (name) => dialogs.pickReportToSave(name).then(granting('save')),
    pickExportPath: (name, kind) => dialogs.pickExportPath(name, kind).then(granting('export')),
    pickImportSource: () => dialogs.pickImportSource().then(granting('import')),
    pickSpreadsheet: () => dialogs.pickSpreadsheet().then(granting('import')),
  };
}

import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { type Dispatch, createDispatcher } from '../../electron/api/dispatch';
import { type Services, createServices } from '../../electron/services/api-handlers';
import { folderDialogs } from '../../electron/services/dialogs';
import { insideFolder } from '../../electron/services/home-folder';
import { RecentFiles } from '../../electron/services/recent-files';

/** The harness's services (one window's worth) in `dir`, shut down when the test finishes. */
export function harnessServices(dir: string, name = 'window'): { services: Services; dispatch: Dispatch } {
  const services = createServices({
    shell: 'harness',
    version: '9.9.9-test',
    dialogs: folderDialogs(join(dir, 'reports')),
    paths: insideFolder(dir),
    recent: new RecentFiles(join(dir, 'settings', `${name}-recent.json`)),
  });
  onTestFinished(() => services.shutdown());
  return { services, dispatch: createDispatcher(services.handlers, () => {}) };
}

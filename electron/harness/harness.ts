import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createDispatcher } from '../api/dispatch';
import { createServices } from '../services/api-handlers';
import { folderDialogs } from '../services/dialogs';
import { insideFolder } from '../services/home-folder';
import { RecentFiles } from '../services/recent-files';
import { type Middleware, type RunningServer, startHarnessServer } from './http-server';

export interface HarnessOptions {
  /** Folder for settings and for new reports (there are no native dialogs in a browser). */
  home: string;
  staticRoot?: string;
  middleware?: Middleware;
  port?: number;
  version?: string;
}

export interface Harness extends RunningServer {
  token: string;
}

/** The services of the Electron app, served to a browser on loopback. */
export async function startHarness(opts: HarnessOptions): Promise<Harness> {
  const services = createServices({
    shell: 'harness',
    version: opts.version ?? '0.0.0-dev',
    dialogs: folderDialogs(join(opts.home, 'reports')),
    paths: insideFolder(opts.home),
    recent: new RecentFiles(join(opts.home, 'settings', 'recent.json')),
  });
  const token = randomBytes(24).toString('hex');
  const server = await startHarnessServer({
    dispatch: createDispatcher(services.handlers, (err) => console.error(err)),
    token,
    assets: services.assets,
    printPreview: services.printPreview,
    ...(opts.staticRoot !== undefined && { staticRoot: opts.staticRoot }),
    ...(opts.middleware !== undefined && { middleware: opts.middleware }),
    ...(opts.port !== undefined && { port: opts.port }),
  });
  return {
    ...server,
    token,
    close: async () => {
      await server.close();
      services.shutdown();
    },
  };
}

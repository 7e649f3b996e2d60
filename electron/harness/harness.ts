import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { startServicesWorker } from '../background/services-worker';
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

/** The services of the Electron app, on a thread of their own as there, served to a browser on loopback. */
export async function startHarness(opts: HarnessOptions): Promise<Harness> {
  const services = startServicesWorker({
    shell: 'harness',
    version: opts.version ?? '0.0.0-dev',
    dialogs: { kind: 'folder', folder: join(opts.home, 'reports') },
    paths: { kind: 'inside', home: opts.home },
    recentFile: join(opts.home, 'settings', 'recent.json'),
  });
  const token = randomBytes(24).toString('hex');
  const server = await startHarnessServer({
    dispatch: services.dispatch,
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
      await services.end();
    },
  };
}

import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { startDevVite } from './dev-vite';
import { startHarness } from './harness';

// `npm run dev`: the app's UI in a browser, with hot reload, against the real services.
const root = resolve(import.meta.dirname, '../..');
const vite = await startDevVite(root);
const home = process.env.NIANBAO_HOME ?? join(homedir(), '年报工坊');
const port = process.env.NIANBAO_PORT ? Number(process.env.NIANBAO_PORT) : 5183;
const harness = await startHarness({ home, middleware: vite.middlewares, port });
console.log(`年报工坊 (browser harness) — open ${harness.url}`);
console.log(`reports are created in ${join(home, 'reports')}`);
const stop = async () => {
  await harness.close();
  await vite.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

import { join } from 'node:path';
import { type ViteDevServer, createServer } from 'vite';

/**
 * Vite for `npm run dev`, as middleware behind the harness's own server. Its hot-reload
 * WebSocket is a server of its own (port 24678 unless `wsPort` is given): bound to 127.0.0.1,
 * as the harness is, never to every interface, where any machine on the network could reach it.
 */
export function startDevVite(root: string, wsPort?: number): Promise<ViteDevServer> {
  return createServer({
    configFile: join(root, 'vite.renderer.config.ts'),
    server: { middlewareMode: true, ws: { host: '127.0.0.1', ...(wsPort !== undefined && { port: wsPort }) } },
    appType: 'spa',
  });
}

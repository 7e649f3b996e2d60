import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The renderer is served from app://nianbao/ in Electron and from the loopback harness in a
// browser; relative asset URLs work for both.
export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  build: {
    outDir: resolve(import.meta.dirname, 'out/renderer'),
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
  server: { host: '127.0.0.1' },
});

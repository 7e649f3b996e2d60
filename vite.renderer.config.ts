import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The renderer is served from app://nianbao/ in Electron and from the loopback harness in a
// browser; relative asset URLs work for both.
export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  // resources/ (the bundled fonts that scripts/copy-fonts.ts writes) is served beside the app,
  // so the editor shows the same fonts as the PDF.
  publicDir: resolve(import.meta.dirname, 'resources'),
  build: {
    outDir: resolve(import.meta.dirname, 'out/renderer'),
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
  server: { host: '127.0.0.1' },
});

import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FONT_CSS_FILE } from '../../core/print/fonts';

/** Where the print page's static files live: the Paged.js polyfill and the bundled fonts. */
export interface PrintResources {
  pagedJs: string;
  fontsDir: string;
}

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..');

/**
 * Finds the Paged.js polyfill and resources/fonts; copies the fonts from their npm packages
 * first when this checkout has not been built yet (`npm run build` normally does it).
 */
export async function printResources(): Promise<PrintResources> {
  const fontsDir = process.env.NIANBAO_FONTS_DIR ?? join(repoRoot, 'resources', 'fonts');
  if (!existsSync(join(fontsDir, FONT_CSS_FILE))) {
    const { copyFonts } = await import('../../scripts/copy-fonts');
    copyFonts();
  }
  // The package exports no subpath for the polyfill file: find it beside the CommonJS entry.
  const pagedJs = join(dirname(createRequire(import.meta.url).resolve('pagedjs')), '..', 'dist', 'paged.polyfill.js');
  return { pagedJs, fontsDir };
}

import { realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const IMAGE_FILE = /\.(jpe?g|png|gif|bmp|tiff?|webp|emz|wmf)$/i;

/**
 * Word and WPS put the pictures of copied text in temporary files and reference them as
 * file:// URLs in the clipboard HTML. The renderer cannot read them; the Node side may, but
 * only an image inside the system's temporary folder: a pasted page must not be able to make
 * the app read arbitrary files. Returns the real path, or null when the URL is not such a file.
 */
export function pastedImagePath(url: string, tempRoot: string = tmpdir()): string | null {
  let path: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'file:') return null;
    path = realpathSync(fileURLToPath(parsed));
  } catch {
    return null;
  }
  let root: string;
  try {
    root = realpathSync(tempRoot);
  } catch {
    return null;
  }
  if (!path.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  return IMAGE_FILE.test(path) ? path : null;
}

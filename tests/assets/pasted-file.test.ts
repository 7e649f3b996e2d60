import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pastedImagePath } from '../../electron/assets/pasted-file';

describe('pictures of pasted Word HTML', () => {
  const temp = mkdtempSync(join(tmpdir(), 'nianbao-paste-'));
  const clip = join(temp, 'msohtmlclip1', '01');
  mkdirSync(clip, { recursive: true });
  writeFileSync(join(clip, 'clip_image002.jpg'), 'jpeg');
  writeFileSync(join(clip, 'notes.txt'), 'text');
  const outside = mkdtempSync(join('/var/tmp', 'nianbao-outside-'));
  writeFileSync(join(outside, 'secret.png'), 'png');
  symlinkSync(join(outside, 'secret.png'), join(clip, 'link.png'));

  it('reads an image Word left in the temporary folder', () => {
    expect(pastedImagePath(pathToFileURL(join(clip, 'clip_image002.jpg')).href, temp)).toBe(
      join(clip, 'clip_image002.jpg'),
    );
  });

  it('refuses anything else: other folders, non-images, links out, traversal, other schemes', () => {
    expect(pastedImagePath(pathToFileURL(join(outside, 'secret.png')).href, temp)).toBeNull();
    expect(pastedImagePath(pathToFileURL(join(clip, 'notes.txt')).href, temp)).toBeNull();
    expect(pastedImagePath(pathToFileURL(join(clip, 'link.png')).href, temp)).toBeNull();
    expect(pastedImagePath(`${pathToFileURL(clip).href}/../../../../etc/passwd`, temp)).toBeNull();
    expect(pastedImagePath('file:///etc/passwd', temp)).toBeNull();
    expect(pastedImagePath('https://example.com/a.png', temp)).toBeNull();
    expect(pastedImagePath('not a url', temp)).toBeNull();
    expect(pastedImagePath(pathToFileURL(join(clip, 'missing.jpg')).href, temp)).toBeNull();
  });
});

import { execFileSync } from 'node:child_process';

/** Where text sits on PDF pages (pdftotext -bbox), for tests that measure the layout. */

export interface WordBox {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Word boxes per page in points from the top left (pdftotext -bbox), for measuring layout. */
export function pdfWordBoxes(path: string): WordBox[][] {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', path, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  return html
    .split('<page ')
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
        (m) => ({
          xMin: Number(m[1]),
          yMin: Number(m[2]),
          xMax: Number(m[3]),
          yMax: Number(m[4]),
          text: m[5]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'),
        }),
      ),
    );
}

/** Words grouped into lines by their baseline (bottom edge within half a point). */
export function textLines(words: readonly WordBox[]): WordBox[][] {
  const lines: WordBox[][] = [];
  for (const w of [...words].sort((a, b) => a.yMax - b.yMax || a.xMin - b.xMin)) {
    const line = lines.at(-1);
    if (line && Math.abs(line[0]!.yMax - w.yMax) < 0.5) line.push(w);
    else lines.push([w]);
  }
  return lines.map((line) => line.sort((a, b) => a.xMin - b.xMin));
}

/**
 * Per page, how far above the type area's foot the lowest ink (text, photo or frame) ends, in
 * mm: the page rendered in grey at 30 dpi and scanned from the foot up, the page number zone
 * (below `footMm` from the top) left out.
 */
export function pageShortfalls(path: string, footMm: number): number[] {
  const out = execFileSync('pdftoppm', ['-r', '30', '-gray', path], { maxBuffer: 256 << 20 });
  const shortfalls: number[] = [];
  for (let at = 0; at < out.length; ) {
    // Binary PGM: "P5\n<w> <h>\n255\n" then w × h bytes.
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(out.subarray(at, at + 40).toString('latin1'));
    if (!header) break;
    const width = Number(header[1]);
    const height = Number(header[2]);
    const start = at + header[0].length;
    const mmPerRow = 297 / height;
    const footRow = Math.floor(footMm / mmPerRow);
    let lowest = -1;
    for (let row = footRow; row >= 0 && lowest < 0; row -= 1) {
      for (let x = 0; x < width; x += 1)
        if (out[start + row * width + x]! < 160) {
          lowest = row;
          break;
        }
    }
    shortfalls.push(lowest < 0 ? footMm : footMm - (lowest + 1) * mmPerRow);
    at = start + width * height;
  }
  return shortfalls;
}

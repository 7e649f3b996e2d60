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
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return html.split('<page ').slice(1).map((page) =>
    [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
      text: m[5]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'),
    })),
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

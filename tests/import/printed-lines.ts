import { displayWidth } from '../../core/import/line-unwrap';
import { endsSentence } from '../../core/import/text-repair';

/** A paragraph as printed `width` half-width units wide (Chinese characters count two): its lines. */
export function printedLines(paragraph: string, width: number): string[] {
  const lines = [''];
  for (const ch of paragraph) {
    if (lines.at(-1) && displayWidth(lines.at(-1)! + ch) > width) lines.push('');
    lines[lines.length - 1] += ch;
  }
  return lines;
}

/** Text as a PDF viewer copies it: a line break wherever a printed line ends. */
export function hardWrapped(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap((line) => printedLines(line, width))
    .join('\n');
}

/**
 * Printed lines with page ends among them, as a PDF copy gives them: after about every `every`th
 * line (from line `from` on), the page's furniture (`furniture(n)` for page n: its number, the
 * next page's running header). Each page end moves on to a line that stops mid-sentence before
 * one that opens with no digit: a page ending at a full stop leaves two paragraphs that nothing
 * tells from one, and a line opening with a number after a page end reads as a list item.
 */
export function withPageEnds(
  lines: readonly string[],
  { every, from = 0, furniture }: { every: number; from?: number; furniture: (page: number) => string[] },
): string[] {
  const out: string[] = [];
  let page = 1;
  let due = Math.max(every, from);
  lines.forEach((line, i) => {
    out.push(line);
    if (i + 1 < due || endsSentence(line) || /^\d/.test(lines[i + 1] ?? '0')) return;
    out.push(...furniture(page));
    page += 1;
    due = i + 1 + every;
  });
  return out;
}

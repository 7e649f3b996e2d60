import { displayWidth } from '../../core/import/line-unwrap';

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

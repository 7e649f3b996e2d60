import { type Runs, plainRuns } from './inline-runs';
import { type ImportResult, recognise } from './recognise';
import { type SourceBlock, para } from './source-blocks';

/**
 * Plain text (pasted, or copied out of a PDF) and Markdown. Every non-empty line is a
 * paragraph; PDF page breaks and wrapped captions are repaired by the recogniser. Markdown
 * adds "#" headings, "-" / "1." lists and **bold** / *italic*.
 */
export function importText(text: string, options: { markdown?: boolean } = {}): ImportResult {
  return recognise(textBlocks(text, options.markdown ?? false), { repairText: true });
}

export function textBlocks(text: string, markdown: boolean): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    const line = raw.replace(/[\s\u3000]+$/, '');
    if (!line.trim()) continue;
    blocks.push(markdown ? markdownLine(line) : para(plainRuns(line.trim())));
  }
  return blocks;
}

function markdownLine(line: string): SourceBlock {
  const heading = /^(#{1,4})\s+(.*)$/.exec(line);
  if (heading) return para(inlineMarkdown(heading[2]!.replace(/\s+#+\s*$/, '')), { styleLevel: heading[1]!.length as 1 | 2 | 3 | 4 });
  const bullet = /^\s*[-*+•]\s+(.*)$/.exec(line);
  if (bullet) return para(inlineMarkdown(bullet[1]!), { list: { ordered: false } });
  const ordered = /^\s*\d{1,3}[.)]\s+(.*)$/.exec(line);
  if (ordered && /^\s/.test(line)) return para(inlineMarkdown(ordered[1]!), { list: { ordered: true } });
  return para(inlineMarkdown(line.trim().replace(/^>\s*/, '')));
}

/** **bold**, __bold__, *italic*, _italic_; other Markdown marks are kept as typed. */
export function inlineMarkdown(text: string): Runs {
  const runs: Runs = [];
  const re = /(\*\*|__)(.+?)\1|(\*|_)(?!\s)(.+?)\3/g;
  let at = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > at) runs.push({ text: text.slice(at, m.index) });
    runs.push(m[2] !== undefined ? { text: m[2], bold: true } : { text: m[4]!, italic: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}

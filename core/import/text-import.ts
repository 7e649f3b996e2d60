import { plainRuns } from './inline-runs';
import { markdownBlocks } from './markdown-blocks';
import { type ImportResult, recognise } from './recognise';
import { type SourceBlock, para } from './source-blocks';

/**
 * Plain text (pasted, or copied out of a PDF) and Markdown. In plain text every non-empty line
 * is a paragraph; page numbers, wrapped lines and page breaks are repaired by the recogniser.
 * Markdown is read by its own syntax: core/import/markdown-blocks.ts.
 */
export function importText(text: string, options: { markdown?: boolean } = {}): ImportResult {
  return options.markdown ? recognise(markdownBlocks(text), { repairText: false }) : recognise(textBlocks(text), { repairText: true });
}

function textBlocks(text: string): SourceBlock[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => para(plainRuns(line)));
}

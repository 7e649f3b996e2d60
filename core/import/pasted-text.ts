import { repairCharacters } from './character-repairs';
import { plainRuns, runsText } from './inline-runs';
import { closeUpSpacedLines } from './letter-spacing';
import { unwrapLines } from './line-unwrap';
import { para } from './source-blocks';
import { joinSplitLines } from './split-lines';

/**
 * Text pasted into the editor (Ctrl+V) out of a PDF viewer, which ends every printed line with
 * a line break: its paragraphs, the lines joined back, letter spacing and characters repaired;
 * or null when there was nothing to repair, and it pastes as it is. Nothing is left out and
 * no structure is read: 粘贴文字 does that.
 */
export function unwrapPastedText(text: string): string[] | null {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => para(plainRuns(line)));
  const spacing = closeUpSpacedLines(lines);
  const characters = repairCharacters(spacing.blocks);
  const { blocks, joined } = unwrapLines(joinSplitLines(characters.blocks));
  const repaired = joined > 0 || spacing.closed > 0 || characters.notes.length > 0;
  return repaired ? blocks.flatMap((b) => (b.kind === 'para' ? [runsText(b.runs)] : [])) : null;
}

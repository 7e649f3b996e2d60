import { MAX_HEADING_CHARS } from '../classify';
import { matchHeadingNumber } from '../heading-patterns';
import { runsText } from '../inline-runs';
import type { SourceBlock } from '../source-blocks';

/** Typed chapters it takes to say the document's structure is typed. */
const MIN_TYPED_CHAPTERS = 2;

/**
 * Blocks whose heading styles all stand ahead of the document's typed chapters (一、 二、 in body
 * text) with those styles taken off: a writer who types the chapters styled only the title lines
 * and 【摘要】, which read as the document's headings made every typed chapter body text (and
 * 摘要 a heading "3.0.0.1"). Unchanged when a styled heading stands among the typed chapters,
 * or fewer than two chapters are typed.
 */
export function withoutFrontHeadingStyles(blocks: readonly SourceBlock[]): SourceBlock[] {
  const typed = blocks.flatMap((block, at) => {
    if (block.kind !== 'para' || block.styleLevel) return [];
    const text = runsText(block.runs).trim();
    return text.length <= MAX_HEADING_CHARS && matchHeadingNumber(text)?.form === 'han' ? [at] : [];
  });
  if (typed.length < MIN_TYPED_CHAPTERS) return [...blocks];
  const lastStyled = blocks.findLastIndex((block) => block.kind === 'para' && block.styleLevel !== undefined);
  if (lastStyled < 0 || lastStyled > typed[0]!) return [...blocks];
  return blocks.map((block) => {
    if (block.kind !== 'para' || !block.styleLevel) return block;
    const plain = { ...block };
    delete plain.styleLevel;
    return plain;
  });
}

import { matchHeadingNumber } from './heading-patterns';
import { runsText } from './inline-runs';
import type { SourceBlock, SourcePara } from './source-blocks';

/** How a paragraph was printed: its first line's size and font, its page, and whether a case's box held it. */
export interface ParagraphLook {
  size: number;
  font: string;
  page: number;
  boxed: boolean;
}

/** Headings are short and are no sentence; captions, case titles and 目录 entries are no headings. */
const MAX_HEADING = 30;
const NOT_A_HEADING = /[。；！？]$|^[图表]\s*\d|^[【[]|\s\d{1,3}$|^(?:目[\s\u3000]*录|前[\s\u3000]*言)$/;
/** Numbers only headings carry (一、（一）1.1 第一章): a source typed with them is read by them. */
const HEADING_ONLY_NUMBERS = new Set(['han', 'han-paren', 'multi', 'chapter']);
/** Up to this many levels are read off sizes and fonts. */
const MAX_LEVEL = 3;

/**
 * Headings read from how they are printed, where their numbers do not say it: short lines set
 * larger than the body, or in another font at its size (黑体 headings over 仿宋 text), become
 * headings, the largest size level 1. Where headings are typed with their numbers (一、 1.1),
 * in whatever size, the numbers lead, as in every other source, and nothing is changed here. The cover (the
 * first page) and text in a case's box are left alone.
 */
export function typographicHeadings(
  blocks: readonly SourceBlock[],
  looks: ReadonlyMap<SourcePara, ParagraphLook>,
  body: { size: number; font: string },
): SourceBlock[] {
  const candidates = blocks.flatMap((block) => {
    const look = block.kind === 'para' ? looks.get(block) : undefined;
    if (!look || block.kind !== 'para' || look.boxed || look.page === 1) return [];
    const text = runsText(block.runs).trim();
    const larger = look.size >= body.size + 1;
    if (
      text.length < 2 ||
      text.length > MAX_HEADING ||
      NOT_A_HEADING.test(text) ||
      !(larger || look.font !== body.font) ||
      look.size < body.size - 0.5
    )
      return [];
    return [{ block, look, numbered: matchHeadingNumber(text) !== null }];
  });
  const numbered = candidates.filter((c) => c.numbered).length;
  if (candidates.length === 0 || numbered * 2 >= candidates.length || typesHeadingNumbers(blocks)) return [...blocks];
  const sizes = [
    ...new Set(candidates.map((c) => Math.round(c.look.size)).filter((size) => size >= body.size + 1)),
  ].sort((a, b) => b - a);
  const levelOf = (look: ParagraphLook) => {
    const at = sizes.indexOf(Math.round(look.size));
    return Math.min(MAX_LEVEL, (at < 0 ? sizes.length : at) + 1) as 1 | 2 | 3;
  };
  const levels = new Map(candidates.map((c) => [c.block, levelOf(c.look)]));
  return blocks.map((block) => {
    const level = block.kind === 'para' ? levels.get(block) : undefined;
    return level && block.kind === 'para' ? { ...block, styleLevel: level } : block;
  });
}

/** Whether short paragraphs open with numbers only headings have, twice or more. */
function typesHeadingNumbers(blocks: readonly SourceBlock[]): boolean {
  let found = 0;
  for (const block of blocks) {
    if (block.kind !== 'para') continue;
    const text = runsText(block.runs).trim();
    const number = text.length <= MAX_HEADING ? matchHeadingNumber(text) : null;
    if (number && HEADING_ONLY_NUMBERS.has(number.form) && ++found >= 2) return true;
  }
  return false;
}

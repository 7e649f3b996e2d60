import type { Inline, TableCellInput } from '../document/nodes';
import type { Runs } from './inline-runs';
import type { SourceBlock } from './source-blocks';

/**
 * The simplified-character radicals (CJK Radicals Supplement) that stand for a character of
 * their own. Unicode gives them no equivalent; these are the ones PDFs are known to put in.
 */
const SUPPLEMENT: Readonly<Record<string, string>> = {
  '⺟': '母', '⺠': '民', '⻄': '西', '⻅': '见', '⻆': '角', '⻉': '贝', '⻋': '车', '⻓': '长', '⻔': '门', '⻘': '青', '⻙': '韦',
  '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食', '⻢': '马', '⻣': '骨', '⻤': '鬼', '⻥': '鱼', '⻦': '鸟', '⻨': '麦', '⻩': '黄',
  '⻬': '齐', '⻮': '齿', '⻰': '龙', '⻳': '龟',
};
/** Kangxi radicals (⼀ U+2F00…), the supplement's, and compatibility ideographs (U+F900…). */
const LOOK_ALIKE = /[\u2e80-\u2eff\u2f00-\u2fdf\uf900-\ufaff]/g;

/**
 * Text copied out of many PDFs (Word's own among them, with some fonts) has look-alikes for
 * common characters: "第⼀章" with the Kangxi radical ⼀, not 一. They print the same, but no
 * search, count or numbering pattern finds them. Each is replaced by the character it stands
 * for (Unicode's compatibility mapping, or SUPPLEMENT); a radical that stands for none stays.
 * Invisible characters (INVISIBLE) are taken out on the way, unnoted.
 */
export function replaceLookAlikes(blocks: readonly SourceBlock[]): { blocks: SourceBlock[]; replaced: number; example: string | null } {
  let replaced = 0;
  let example: string | null = null;
  const text = (s: string): string => {
    const lookAlikes = (s.match(LOOK_ALIKE) ?? []).filter((ch) => standardCharacter(ch) !== ch).length;
    const out = standardCharacters(s).replace(INVISIBLE, '');
    if (lookAlikes > 0) {
      replaced += lookAlikes;
      example ??= out;
    }
    return out;
  };
  const inline = (r: string | Inline): string | Inline => (typeof r === 'string' ? text(r) : { ...r, text: text(r.text) });
  const runs = (rs: Runs): Runs => rs.map((r) => ({ ...r, text: text(r.text) }));
  const cell = (c: TableCellInput): TableCellInput => ({ ...c, paragraphs: c.paragraphs.map((p) => (typeof p === 'string' ? text(p) : p.map(inline))) });
  const out = blocks.map((block): SourceBlock => {
    switch (block.kind) {
      case 'para':
        return { ...block, runs: runs(block.runs) };
      case 'images':
        return { ...block, captions: block.captions.map(runs) };
      case 'table':
        return { ...block, rows: block.rows.map((row) => row.map(cell)) };
      default:
        return block;
    }
  });
  return { blocks: out, replaced, example };
}

/**
 * Zero-width spaces and joiners, soft hyphens, byte-order marks: web pages and WeChat articles
 * carry them, unseen, into copied text, where they break every pattern. Only an import takes
 * them out: the editor itself puts a zero-width space in while an input method composes.
 */
const INVISIBLE = /[\u00ad\u200b\u200c\u2060\ufeff]/g;

/** `text` with its look-alikes replaced (see replaceLookAlikes); the editor does so with all it is given. */
export function standardCharacters(text: string): string {
  return text.replace(LOOK_ALIKE, standardCharacter);
}

function standardCharacter(ch: string): string {
  return SUPPLEMENT[ch] ?? ch.normalize('NFKC');
}

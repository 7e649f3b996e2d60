import type { Inline, TableCellInput } from '../document/nodes';
import { type ImportNote, type ImportNoteKind, note } from './import-notes';
import type { Runs } from './inline-runs';
import type { SourceBlock } from './source-blocks';

/**
 * The simplified-character radicals (CJK Radicals Supplement) that stand for a character of
 * their own. Unicode gives them no equivalent; these are the ones PDFs are known to put in.
 */
const SUPPLEMENT: Readonly<Record<string, string>> = {
  '⺟': '母',
  '⺠': '民',
  '⻄': '西',
  '⻅': '见',
  '⻆': '角',
  '⻉': '贝',
  '⻋': '车',
  '⻓': '长',
  '⻔': '门',
  '⻘': '青',
  '⻙': '韦',
  '⻚': '页',
  '⻛': '风',
  '⻜': '飞',
  '⻝': '食',
  '⻢': '马',
  '⻣': '骨',
  '⻤': '鬼',
  '⻥': '鱼',
  '⻦': '鸟',
  '⻨': '麦',
  '⻩': '黄',
  '⻬': '齐',
  '⻮': '齿',
  '⻰': '龙',
  '⻳': '龟',
};
/** Kangxi radicals (⼀ U+2F00…), the supplement's, and compatibility ideographs (U+F900…). */
const LOOK_ALIKE = /[\u2e80-\u2eff\u2f00-\u2fdf\uf900-\ufaff]/g;

/** A kind of character a source has in place of another, and what it is replaced by. */
interface CharacterRepair {
  /** The note saying how many were replaced, with an example; none for what no one would miss. */
  kind: ImportNoteKind | null;
  find: RegExp;
  replace: (ch: string) => string;
}

const REPAIRS: readonly CharacterRepair[] = [
  // Text copied out of many PDFs (Word's own among them, with some fonts) has look-alikes for
  // common characters: "第⼀章" with the Kangxi radical ⼀, not 一. They print the same, but no
  // search, count or numbering pattern finds them: each becomes the character it stands for
  // (Unicode's compatibility mapping, or SUPPLEMENT); a radical that stands for none stays.
  { kind: 'look-alikes-replaced', find: LOOK_ALIKE, replace: standardCharacter },
  // Zero-width spaces and joiners, soft hyphens, byte-order marks: web pages and WeChat articles
  // carry them, unseen, into copied text, where they break every pattern. Only an import takes
  // them out: the editor itself puts a zero-width space in while an input method composes.
  { kind: null, find: /[\u00ad\u200b\u200c\u2060\ufeff]/g, replace: () => '' },
  // Full-width digits and letters (２０２５, ＳＹＢ), typed with the input method's full-width
  // mode: publications set numbers half-width (GB/T 15835), and no number pattern reads them.
  {
    kind: 'full-width-alphanumerics',
    find: /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g,
    replace: (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  },
];

/**
 * A source's text with the characters of REPAIRS replaced, and a note for each kind replaced (its count, an example).
 */
export function repairCharacters(blocks: readonly SourceBlock[]): { blocks: SourceBlock[]; notes: ImportNote[] } {
  const counts = REPAIRS.map(() => ({ n: 0, example: '' }));
  const text = (s: string): string => {
    let out = s;
    REPAIRS.forEach((repair, i) => {
      const found = (out.match(repair.find) ?? []).filter((ch) => repair.replace(ch) !== ch).length;
      if (found === 0) return;
      out = out.replace(repair.find, repair.replace);
      counts[i]!.n += found;
      counts[i]!.example ||= out;
    });
    return out;
  };
  const inline = (r: string | Inline): string | Inline =>
    typeof r === 'string' ? text(r) : { ...r, text: text(r.text) };
  const runs = (rs: Runs): Runs => rs.map((r) => ({ ...r, text: text(r.text) }));
  const cell = (c: TableCellInput): TableCellInput => ({
    ...c,
    paragraphs: c.paragraphs.map((p) => (typeof p === 'string' ? text(p) : p.map(inline))),
  });
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
  const notes = REPAIRS.flatMap((repair, i) =>
    repair.kind && counts[i]!.n ? [note(repair.kind, counts[i]!.example, String(counts[i]!.n))] : [],
  );
  return { blocks: out, notes };
}

/** `text` with its look-alikes replaced (see REPAIRS); the editor does so with all it is given. */
export function standardCharacters(text: string): string {
  return text.replace(LOOK_ALIKE, standardCharacter);
}

function standardCharacter(ch: string): string {
  return SUPPLEMENT[ch] ?? ch.normalize('NFKC');
}

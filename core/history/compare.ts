import { type EditorStateJSON, type SerializedNodeJSON, nodeText } from '../document/editor-json';

/** One block of a comparison: in both versions, only in the newer (added) or only in the older (removed). */
export interface ComparedBlock {
  change: 'same' | 'added' | 'removed';
  /** The block's kind as the editor names it: heading, paragraph, case, figure, table, list… */
  type: string;
  text: string;
}

/** Comparisons larger than this (blocks × blocks) match equal blocks greedily instead of exactly. */
const EXACT_LIMIT = 4_000_000;

/**
 * 比较 two versions block by block, as the user reads them: a block whose text is unchanged is
 * the same, an edited block shows as its old text removed and its new text added, in order.
 * Blocks are the document's top-level ones (a case is one block with all its text).
 */
export function compareVersions(older: EditorStateJSON, newer: EditorStateJSON): ComparedBlock[] {
  const a = blocksOf(older);
  const b = blocksOf(newer);
  const common = a.length * b.length <= EXACT_LIMIT ? longestCommon(a, b) : greedyCommon(a, b);
  const out: ComparedBlock[] = [];
  let i = 0;
  let j = 0;
  for (const [ci, cj] of [...common, [a.length, b.length] as const]) {
    while (i < ci) out.push({ ...a[i++]!, change: 'removed' });
    while (j < cj) out.push({ ...b[j++]!, change: 'added' });
    if (ci < a.length) out.push({ ...b[cj]!, change: 'same' });
    i = ci + 1;
    j = cj + 1;
  }
  return out;
}

export type Block = Omit<ComparedBlock, 'change'>;

/** A version's top-level blocks as text, for reading it beside the current one. */
export function blocksOf(doc: EditorStateJSON): Block[] {
  return (doc.root.children ?? [])
    .map((node: SerializedNodeJSON) => ({ type: node.type, text: nodeText(node) }))
    .filter((b) => b.text.trim() !== '' || b.type !== 'paragraph');
}

const same = (x: Block, y: Block) => x.type === y.type && x.text === y.text;

/** Index pairs of a longest common subsequence, by dynamic programming over the two block lists. */
function longestCommon(a: Block[], b: Block[]): (readonly [number, number])[] {
  const width = b.length + 1;
  const table = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      table[i * width + j] = same(a[i]!, b[j]!)
        ? table[(i + 1) * width + j + 1]! + 1
        : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (same(a[i]!, b[j]!)) pairs.push([i++, j++]);
    else if (table[(i + 1) * width + j]! >= table[i * width + j + 1]!) i += 1;
    else j += 1;
  }
  return pairs;
}

/** For very long reports: each block of the newer version matched to the next equal block of the older. */
function greedyCommon(a: Block[], b: Block[]): (readonly [number, number])[] {
  const pairs: [number, number][] = [];
  let i = 0;
  for (let j = 0; j < b.length; j += 1) {
    let k = i;
    while (k < a.length && !same(a[k]!, b[j]!)) k += 1;
    if (k < a.length) {
      pairs.push([k, j]);
      i = k + 1;
    }
  }
  return pairs;
}

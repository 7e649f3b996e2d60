import { zh } from '../zh';
import { type RawFinding, type Rule, type TextUnit, excerptOf } from './finding';

/**
 * A sentence that appears twice, exactly or nearly (one a copy of the other with a clause
 * added or dropped). Near copies are found through shared 3-character shingles; shingles that
 * occur in very many sentences (职业教育) say nothing and are skipped, which keeps this fast.
 */

const m = zh.check.messages;
const MIN_CHARS = 16;
const SHINGLE = 3;
/** Share of the shorter sentence's shingles found in the other one. */
const NEAR = 0.85;
const COMMON_SHINGLE = 40;

interface Sentence {
  unit: TextUnit;
  text: string;
  norm: string;
  shingles: Set<number>;
}

function sentences(units: readonly TextUnit[]): Sentence[] {
  const out: Sentence[] = [];
  for (const unit of units) {
    if (unit.kind === 'heading' || unit.kind === 'caption' || unit.kind === 'case-title') continue;
    for (const text of unit.text.split(/(?<=[。！？!?；;])/)) {
      const norm = text.replace(/[\s\u3000，。、；：！？“”‘’（）《》,.;:!?()"'—-]/g, '');
      if (norm.length < MIN_CHARS) continue;
      // Three UTF-16 units packed into one number (48 bits): cheaper than substrings.
      const shingles = new Set<number>();
      for (let i = 0; i + SHINGLE <= norm.length; i += 1)
        shingles.add((norm.charCodeAt(i) * 0x10000 + norm.charCodeAt(i + 1)) * 0x10000 + norm.charCodeAt(i + 2));
      out.push({ unit, text: text.trim(), norm, shingles });
    }
  }
  return out;
}

export const repeatedSentence: Rule = ({ units, tree }) => {
  const all = sentences(units);
  const out: RawFinding[] = [];
  const index = new Map<number, number[]>();
  // An exact copy is reported against its first occurrence and never indexed: only one
  // representative of each sentence takes part in the search for near copies.
  const firstOf = new Map<string, number>();
  const copies = new Set<number>();
  all.forEach((s, i) => {
    const first = firstOf.get(s.norm);
    if (first !== undefined) {
      copies.add(i);
      out.push(finding(s, all[first]!, true, tree.headings));
      return;
    }
    firstOf.set(s.norm, i);
    for (const sh of s.shingles) {
      const list = index.get(sh);
      if (list) list.push(i);
      else index.set(sh, [i]);
    }
  });
  for (let i = 0; i < all.length; i += 1) {
    if (copies.has(i)) continue;
    const s = all[i]!;
    const shared = new Map<number, number>();
    let rare = 0;
    for (const sh of s.shingles) {
      const list = index.get(sh)!;
      if (list.length > COMMON_SHINGLE) continue;
      rare += 1;
      for (const j of list) if (j < i) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    for (const [j, count] of shared) {
      const o = all[j]!;
      const smaller = Math.min(s.shingles.size, o.shingles.size);
      if (count < 0.5 * Math.min(rare, smaller)) continue;
      // Recount exactly: common shingles were skipped above.
      let common = 0;
      for (const sh of s.shingles) if (o.shingles.has(sh)) common += 1;
      // Near copies: the shorter sentence almost all inside the longer, and not a clause of a much longer one.
      if (common < NEAR * smaller || common < 0.5 * Math.max(s.shingles.size, o.shingles.size)) continue;
      out.push(finding(s, o, false, tree.headings));
      break;
    }
  }
  return out.sort((a, b) => order(a.blockPath) - order(b.blockPath));
};

function order(path: readonly number[]): number {
  return [...path, 0, 0, 0, 0].slice(0, 4).reduce((s, p) => s * 1000 + p, 0);
}

function finding(
  s: Sentence,
  o: Sentence,
  exact: boolean,
  headings: readonly { label: string; text: string }[],
): RawFinding {
  const sameBlock = s.unit.blockPath.join() === o.unit.blockPath.join();
  const where = sameBlock ? zh.check.sameParagraph : placeName(headings, o.unit.section);
  return {
    rule: 'repeated-sentence',
    severity: sameBlock || s.unit.section === o.unit.section ? 'warning' : 'info',
    message: exact ? m.repeatedSentence(where) : m.nearlyRepeatedSentence(where),
    excerpt: excerptOf(s.text),
    blockPath: s.unit.blockPath,
    section: s.unit.section,
  };
}

function placeName(headings: readonly { label: string; text: string }[], section: number): string {
  const h = headings[section];
  return h ? `${h.label} ${h.text}`.trim() : zh.check.preface;
}

import { zh } from '../zh';
import type { Runs } from './inline-runs';

/** Where text set aside while the marks around it are read stands: code spans, escaped characters, bare URLs. */
const KEPT = /\uE000(\d+)\uE001/g;

/**
 * A line's inline Markdown as formatted runs: **bold**, __bold__, *italic*, _italic_. What the
 * document model has no place for gives its words only: links ([text](url), [text][ref],
 * <url>), `code`, ~~struck~~ text, HTML tags (<span>, <font>); a backslash escape gives its
 * character.
 */
export function inlineMarkdown(text: string): Runs {
  const kept: string[] = [];
  const keep = (s: string) => `\uE000${kept.push(s) - 1}\uE001`;
  const marked = keepCodeSpans(text, (code) => keep(code.trim()))
    .replace(/\\([!-/:-@[-`{-~])/g, (_, ch: string) => keep(ch))
    // A picture left in a heading gives nothing: the blocks take pictures out where they can be figures.
    // No bracket, link or tag reads past the start of the next ("[" or "<"): else a line of
    // thousands of "[" has each of them read to the line's end.
    .replace(/!\[[^[\]]*\]\([^)[]*\)/g, '')
    .replace(/\[([^[\]]*)\]\([^)\s[]*(?:\s+"[^"[]*")?\)/g, '$1')
    .replace(/\[([^[\]]+)\]\[[^[\]]*\]/g, '$1')
    .replace(/<((?:https?|mailto|ftp):[^<>\s]+)>/gi, (_, url: string) => keep(url))
    .replace(/<\/?[A-Za-z][^<>]*>/g, '')
    .replace(/~~(.+?)~~/g, '$1');
  const restore = (s: string) => s.replace(KEPT, (_, i: string) => kept[Number(i)]!);
  const runs: Runs = [];
  let at = 0;
  for (const m of marked.matchAll(/(\*\*|__)(.+?)\1|(\*|_)(?!\s)(.+?)\3/g)) {
    if (m.index > at) runs.push({ text: restore(marked.slice(at, m.index)) });
    runs.push(m[2] !== undefined ? { text: restore(m[2]), bold: true } : { text: restore(m[4]!), italic: true });
    at = m.index + m[0].length;
  }
  if (at < marked.length) runs.push({ text: restore(marked.slice(at)) });
  return runs;
}

/**
 * `text` with its code spans (`code`, ``a ` b``) replaced by what `keep` makes of their code. A
 * run of backticks opens one that the next run of the same length closes; a run with no such
 * run after it is text (CommonMark). One pass over the runs: a regular expression tried every
 * way of splitting a long run of backticks.
 */
function keepCodeSpans(text: string, keep: (code: string) => string): string {
  const runs = [...text.matchAll(/`+/g)].map((m) => ({ at: m.index, length: m[0].length }));
  /** Per length, the runs of that length (their indexes in `runs`), and how far a search for a closing one got. */
  const byLength = new Map<number, { runs: number[]; next: number }>();
  runs.forEach((run, i) => {
    const same = byLength.get(run.length) ?? byLength.set(run.length, { runs: [], next: 0 }).get(run.length)!;
    same.runs.push(i);
  });
  let out = '';
  let from = 0;
  runs.forEach((open, i) => {
    if (open.at < from) return;
    const same = byLength.get(open.length)!;
    while (same.next < same.runs.length && same.runs[same.next]! <= i) same.next += 1;
    const close = runs[same.runs[same.next] ?? -1];
    if (!close) return;
    out += text.slice(from, open.at) + keep(text.slice(open.at + open.length, close.at));
    from = close.at + close.length;
  });
  return out + text.slice(from);
}

const FOOTNOTE_DEFINITION = /^\[\^([^\]]+)\]:\s*(.*)$/;

/**
 * The document model has no footnotes, and a report's say things that must not be lost
 * (数据来源…): each definition ("[^1]: …", with its indented lines) is taken out, and each
 * reference ("[^1]") replaced by the note's text, in brackets, where it stood, as a Word
 * file's footnotes are. `inlined`: the texts put in, for the notes to check.
 */
export function inlineFootnotes(lines: readonly string[]): { lines: string[]; inlined: string[] } {
  const definitions = new Map<string, string>();
  const rest: string[] = [];
  let open: string | null = null;
  for (const line of lines) {
    const definition = FOOTNOTE_DEFINITION.exec(line);
    if (definition) {
      open = definition[1]!;
      definitions.set(open, definition[2]!.trim());
    } else if (open !== null && /^(?:\s{2,}|\t)\S/.test(line))
      definitions.set(open, `${definitions.get(open)}${line.trim()}`);
    else {
      open = null;
      rest.push(line);
    }
  }
  const inlined: string[] = [];
  const withNotes = rest.map((line) =>
    line.replace(/\[\^([^[\]]+)\]/g, (reference, id: string) => {
      const text = definitions.get(id);
      if (!text) return reference;
      const value = `（${zh.importing.noteInText}${text}）`;
      inlined.push(value);
      return value;
    }),
  );
  return { lines: withNotes, inlined };
}

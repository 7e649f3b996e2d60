import { z } from 'zod';
import { MAX_NOTES_PER_KIND, MAX_REPORT_NOTES } from '../limits';
import { zh } from '../zh';

/**
 * What an import could not take at face value and a person should look at. Typed numbers are
 * replaced by generated ones, so this is the only record of the source's own numbering
 * mistakes; notes are kept in the report's meta until dismissed.
 */
export const importNoteKinds = [
  'caption-without-photo',
  'image-without-caption',
  'image-unreadable',
  'image-moved-from-table',
  'paragraphs-rejoined',
  'caption-joined',
  'heading-split',
  'heading-number-duplicate',
  'heading-number-skipped',
  'case-number-out-of-sequence',
  'figure-number-out-of-sequence',
  'case-label-non-standard',
  'case-labels-non-standard',
  'case-ended-after-figures',
  'cover-moved',
  'footnote-inlined',
  'toc-left-out',
  'page-furniture-left-out',
  'lines-unwrapped',
  'letter-spacing-closed',
  'look-alikes-replaced',
  'full-width-alphanumerics',
  'decorations-left-out',
  'signatures-left-out',
  'charts-not-imported',
  'image-linked',
  'image-file-missing',
  'revisions-accepted',
  'comments-left-out',
  'pictures-not-imported',
  'hidden-text-left-out',
  'equations-left-out',
  'symbols-left-out',
  'converted-from-legacy-word',
  'converted-from-pdf',
  'pasted-from-pdf',
  'pasted-from-pdf-in-part',
  'docx-incomplete',
  'docx-text-cut',
  'docx-text-damaged',
  'docx-parts-unreadable',
  'list-style-missing',
  'pictures-not-found',
  'photos-left-in-source',
] as const;
export type ImportNoteKind = (typeof importNoteKinds)[number];

export const importNoteSchema = z.object({
  kind: z.enum(importNoteKinds),
  /** The source text the note is about (a line, or the seam of two joined lines). */
  text: z.string().max(2000),
  /** The note in Chinese, as shown in the import report and the 体检 panel. */
  message: z.string().max(500),
});
export type ImportNote = z.infer<typeof importNoteSchema>;

const EXCERPT = 60;

/** Long source text is cut to its start and end: enough to find it again. */
export function excerpt(text: string): string {
  const t = text.trim();
  return t.length <= EXCERPT * 2 ? t : `${t.slice(0, EXCERPT)}…${t.slice(-EXCERPT)}`;
}

export function note(kind: ImportNoteKind, text: string, ...args: string[]): ImportNote {
  const m = zh.importing.notes[kind];
  return {
    kind,
    text: excerpt(text),
    message: typeof m === 'function' ? (m as (...a: string[]) => string)(...args) : m,
  };
}

/**
 * The notes of each kind past `perKind` folded into one, placed after the last kept: "另有 K 条
 * 同类提示". `perKind` is lowered until the notes of all kinds fit a report (MAX_REPORT_NOTES): a
 * file repeating one oddity thousands of times keeps its import and a 体检 list one can read.
 */
export function foldNotes(notes: readonly ImportNote[], perKind = MAX_NOTES_PER_KIND): ImportNote[] {
  const counts = new Map<ImportNoteKind, number>();
  for (const n of notes) counts.set(n.kind, (counts.get(n.kind) ?? 0) + 1);
  const kept = (cap: number) => [...counts.values()].reduce((sum, count) => sum + (count > cap ? cap + 1 : count), 0);
  let cap = perKind;
  while (cap > 1 && kept(cap) > MAX_REPORT_NOTES) cap -= 1;
  const seen = new Map<ImportNoteKind, number>();
  return notes.flatMap((n) => {
    const at = (seen.get(n.kind) ?? 0) + 1;
    seen.set(n.kind, at);
    if (at < cap) return [n];
    if (at > cap) return [];
    const more = counts.get(n.kind)! - cap;
    return more > 0 ? [n, { kind: n.kind, text: '', message: zh.importing.moreNotes(more, n.message) }] : [n];
  });
}

/** The notes a report keeps with `added` after them: the oldest go first past MAX_REPORT_NOTES. */
export function appendNotes(kept: readonly ImportNote[] | undefined, added: readonly ImportNote[]): ImportNote[] {
  return [...(kept ?? []), ...added].slice(-MAX_REPORT_NOTES);
}

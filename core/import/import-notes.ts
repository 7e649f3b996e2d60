import { z } from 'zod';
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
  'charts-not-imported',
  'image-linked',
  'image-file-missing',
  'revisions-accepted',
  'comments-left-out',
  'pictures-not-imported',
  'hidden-text-left-out',
  'equations-left-out',
  'converted-from-pdf',
  'pasted-from-pdf',
  'pasted-from-pdf-in-part',
  'docx-incomplete',
  'docx-text-cut',
  'docx-text-damaged',
  'docx-parts-unreadable',
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
  return { kind, text: excerpt(text), message: typeof m === 'function' ? (m as (...a: string[]) => string)(...args) : m };
}

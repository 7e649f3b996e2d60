import { ReportError } from '../../core/errors';
import { wholeParagraphs } from '../../core/import/cut-xml';
import type { DocxModel } from '../../core/import/docx/model';
import { readDocxModel } from '../../core/import/docx/read-package';
import { type Relationship, readRelationships } from '../../core/import/docx/relationships';
import { textChars } from '../../core/import/docx/text-chars';
import { referencedPictures } from '../../core/import/picture-references';
import { checkChars } from '../../core/import/report-size';
import { MAX_REPORT_CHARS } from '../../core/limits';
import type { ZipArchive } from './zip-archive';

/** The text of a .docx (where _rels/.rels points, in every file Word or WPS writes). */
export const MAIN_PART = 'word/document.xml';

/**
 * The parts read beside word/document.xml, each of which the text can do without: damaged, one
 * is left out rather than failing the whole import (the text is what matters most).
 */
export const SIDE_PARTS = [
  'word/styles.xml',
  'word/numbering.xml',
  'word/footnotes.xml',
  'word/endnotes.xml',
  'word/comments.xml',
  'word/_rels/document.xml.rels',
  'word/_rels/footnotes.xml.rels',
  'word/_rels/endnotes.xml.rels',
  'word/_rels/comments.xml.rels',
  '_rels/.rels',
  '[Content_Types].xml',
] as const;

/** Why the text was read only up to a paragraph: the file was cut short there, or is damaged after it. */
export type TextSalvaged = 'cut' | 'damaged' | null;

export interface DocxPackage {
  model: DocxModel;
  /** The text's relationships by id: where its pictures are. */
  relationships: ReadonlyMap<string, Relationship>;
  /** The pictures the text refers to, by their paths in the zip: each one an import should end up reading. */
  referenced: ReadonlySet<string>;
  textSalvaged: TextSalvaged;
}

/**
 * The text's part read as far as it goes, when it does not read whole: cut back to its last whole
 * paragraph, which stands for the whole (core/import/cut-xml). Null when it reads whole, or when
 * not one paragraph of it can be read.
 */
async function salvagedText(archive: ZipArchive): Promise<{ xml: string; why: NonNullable<TextSalvaged> } | null> {
  const why =
    archive.cut === MAIN_PART ? 'cut' : archive.has(MAIN_PART) && !(await archive.probe(MAIN_PART)) ? 'damaged' : null;
  if (!why) return null;
  const xml = wholeParagraphs(archive.salvage(MAIN_PART)?.toString('utf8') ?? '');
  return xml === null ? null : { xml, why };
}

/**
 * A .docx's package read once into the typed model (core/import/docx): its text, styles, lists
 * and notes, with the text's relationships. A text longer than a report may hold is refused
 * before it is parsed.
 */
export async function readDocxPackage(archive: ZipArchive): Promise<DocxPackage> {
  const part = async (name: string) => (archive.has(name) ? (await archive.read(name)).toString('utf8') : undefined);
  const salvaged = await salvagedText(archive);
  const document = salvaged?.xml ?? (await part(MAIN_PART));
  if (document === undefined) throw new ReportError('IMPORT_BAD_DOCX', `no ${MAIN_PART} in the file`);
  const [styles, numbering, footnotes, endnotes, rels] = await Promise.all(
    [
      'word/styles.xml',
      'word/numbering.xml',
      'word/footnotes.xml',
      'word/endnotes.xml',
      'word/_rels/document.xml.rels',
    ].map(part),
  );
  let chars = 0;
  for (const text of [document, footnotes, endnotes]) {
    if (text !== undefined) chars += textChars(text, MAX_REPORT_CHARS - chars);
    checkChars(chars);
  }
  const model = readDocxModel({ document, styles, numbering, footnotes, endnotes });
  return {
    model,
    relationships: rels === undefined ? new Map() : readRelationships(rels),
    referenced: referencedPictures(rels ?? '', document),
    textSalvaged: salvaged?.why ?? null,
  };
}

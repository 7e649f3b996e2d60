import type { DocxBlock, DocxModel, DocxModelCounts } from './model';
import { BodyReader } from './read-body';
import { readLists, readStyles } from './read-styles';
import { child, elements, parseXml } from './xml-tree';

/** The XML parts of a .docx the model is read from, as text; a part the file lacks is undefined. */
export interface DocxParts {
  document: string;
  styles?: string;
  numbering?: string;
  footnotes?: string;
  endnotes?: string;
}

/**
 * A .docx's parts read once into the typed model. The text's part must parse; a damaged styles
 * or numbering part is the caller's to leave out (the text reads without it).
 */
export function readDocxModel(parts: DocxParts): DocxModel {
  const counts: DocxModelCounts = { hiddenRuns: 0, revisions: 0, comments: 0, equations: 0, charts: 0, symbols: 0 };
  const reader = new BodyReader(counts);
  const body = child(parseXml(parts.document, 'word/document.xml'), 'w:body');
  const { lists, listStyleLinks } =
    parts.numbering === undefined
      ? { lists: new Map(), listStyleLinks: [] }
      : readLists(parseXml(parts.numbering, 'word/numbering.xml'));
  const notes = new Map<string, DocxBlock[]>();
  for (const type of ['footnote', 'endnote'] as const) {
    const xml = parts[`${type}s`];
    if (xml === undefined) continue;
    for (const note of elements(parseXml(xml, `word/${type}s.xml`))) {
      if (note.name === `w:${type}`) notes.set(`${type}:${note.attributes['w:id'] ?? ''}`, reader.blocks(note));
    }
  }
  return {
    body: body ? reader.blocks(body) : [],
    styles: parts.styles === undefined ? new Map() : readStyles(parseXml(parts.styles, 'word/styles.xml')),
    lists,
    notes,
    listStyleLinks,
    counts,
  };
}

import type { DocxModel, DocxModelCounts } from './model';
import { BodyReader } from './read-body';
import { readLists, readStyles } from './read-styles';
import { child, parseXml } from './xml-tree';

/** The XML parts of a .docx the model is read from, as text; a part the file lacks is undefined. */
export interface DocxParts {
  document: string;
  styles?: string;
  numbering?: string;
}

/**
 * A .docx's parts read once into the typed model. The text's part must parse; a damaged styles
 * or numbering part is the caller's to leave out (the text reads without it).
 */
export function readDocxModel(parts: DocxParts): DocxModel {
  const counts: DocxModelCounts = { hiddenRuns: 0, revisions: 0, comments: 0, equations: 0, charts: 0 };
  const document = parseXml(parts.document, 'word/document.xml');
  const body = child(document, 'w:body');
  return {
    body: body ? new BodyReader(counts).blocks(body) : [],
    styles: parts.styles === undefined ? new Map() : readStyles(parseXml(parts.styles, 'word/styles.xml')),
    lists: parts.numbering === undefined ? new Map() : readLists(parseXml(parts.numbering, 'word/numbering.xml')),
    counts,
  };
}

import { wrapPictures } from './pasted-figures';
import { captionTables } from './pasted-table-captions';

/**
 * Pasted HTML with the report's own blocks made out of what Word, web pages and WeChat write:
 * pictures with their ▲ captions as figures, tables with a 表N caption. Null when it has neither.
 */
export function reportBlocksInHtml(html: string, parser: DOMParser = new DOMParser()): string | null {
  const doc = parser.parseFromString(html, 'text/html');
  const pictures = wrapPictures(doc);
  const tables = captionTables(doc);
  return pictures || tables ? doc.documentElement.outerHTML : null;
}

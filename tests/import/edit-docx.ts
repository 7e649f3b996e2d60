import { ZipArchive } from '../../electron/import/zip-archive';
import { deflatedEntry, rawZip, zipEntryNames } from './raw-zip';

/**
 * The .docx with some of its XML parts edited: for what the docx library cannot write (charts, text boxes, linked
 * pictures).
 */
export async function editDocx(docx: Buffer, edits: Record<string, (xml: string) => string>): Promise<Buffer> {
  const archive = ZipArchive.open(docx);
  const entries = await Promise.all(
    zipEntryNames(docx).map(async (name) => {
      const data = await archive.read(name);
      const edit = edits[name];
      return deflatedEntry(name, edit ? Buffer.from(edit(data.toString('utf8'))) : data);
    }),
  );
  return rawZip(entries);
}

/**
 * Word's mc:AlternateContent: `choice` for an application that knows `requires` (a namespace prefix), `fallback`, if
 * any, for the others.
 */
export function alternateContent(requires: string, choice: string, fallback?: string): string {
  return (
    '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">' +
    `<mc:Choice Requires="${requires}">${choice}</mc:Choice>` +
    (fallback === undefined ? '' : `<mc:Fallback>${fallback}</mc:Fallback>`) +
    '</mc:AlternateContent>'
  );
}

/** A floating text box holding `content` (paragraphs' XML), as WPS writes it: a wps shape, with no VML fallback. */
export function wpsTextBox(content: string): string {
  const shape = 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape';
  return alternateContent(
    'wps',
    '<w:drawing><wp:anchor><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
      `<a:graphicData uri="${shape}"><wps:wsp xmlns:wps="${shape}">` +
      `<wps:txbx><w:txbxContent>${content}</w:txbxContent></wps:txbx>` +
      '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>',
  );
}

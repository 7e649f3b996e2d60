import mammothXml from 'mammoth/lib/xml';
import { describe, expect, it } from 'vitest';
import { MAX_XML_DEPTH } from '../../core/limits';
import { importDocxBytes } from '../../electron/import/import-file';
import { parseOfficeXml } from '../../electron/import/office-xml';
import { collectPhotos } from '../../electron/import/photo-sink';
import { ZipArchive } from '../../electron/import/zip-archive';
import { syntheticReport } from '../fixtures/synthetic-report';
import { photoDocx, sampleDocx, schoolCasesDocx } from './docx-fixture';
import { pdfConvertedDocx } from './pdf-converted-docx';

// mammoth's own reader (xmldom), taken before anything replaces it.
const xmldomReader = mammothXml.readString;
/** mammoth's namespaces (lib/docx/office-xml-reader.js), a few of them. */
const namespaces = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing': 'wp',
  'http://schemas.openxmlformats.org/drawingml/2006/main': 'a',
  'http://schemas.openxmlformats.org/drawingml/2006/picture': 'pic',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'relationships',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
};

async function xmlParts(docx: Buffer): Promise<[string, string][]> {
  const archive = ZipArchive.open(docx);
  const names = archive.list('').filter((name) => /\.(xml|rels)$/.test(name));
  return Promise.all(names.map(async (name) => [name, (await archive.read(name)).toString('utf8').replace(/^\uFEFF/, '')] as [string, string]));
}

const outcome = async (read: () => Promise<unknown>) => read().then((tree) => ({ tree }), () => 'refused');

describe('a .docx’s XML read straight into mammoth’s elements', () => {
  it('gives the very tree mammoth’s xmldom reader gives, for every part of Word files of many kinds', async () => {
    const files = [await sampleDocx(), await photoDocx(2), await schoolCasesDocx(), (await pdfConvertedDocx(syntheticReport().text)).bytes];
    let parts = 0;
    for (const file of files) {
      for (const [name, xml] of await xmlParts(file)) {
        expect({ name, tree: parseOfficeXml(xml, namespaces) }).toEqual({ name, tree: await xmldomReader(xml, namespaces) });
        parts += 1;
      }
    }
    expect(parts).toBeGreaterThan(30);
  });

  it('reads references, white space, comments, CDATA and namespaces as xmldom does', async () => {
    const xml = [
      '<?xml version="1.0" encoding="UTF-8"?>\r\n<!-- 年报 -->',
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:x="urn:other">',
      '<w:p w:rsidR="00A1"><w:r><w:t xml:space="preserve"> 在校生 &lt;1.2&gt; 万人 &amp; &#x4E2D;&#20013; &quot;x&apos; R & D &amp </w:t></w:r>',
      '<x:extra x:val=\'a&#10;b\tc\'/><v:undeclared v:a="1"/><![CDATA[不读]]>\r\n<plain xmlns="urn:default"><inner/></plain>',
      '<ns0:p xmlns:ns0="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ns0:a="1" b="2"/></w:p>',
      '</w:document>\n',
    ].join('');
    expect(parseOfficeXml(xml, namespaces)).toEqual(await xmldomReader(xml, namespaces));
  });

  it('refuses what is not well-formed, as mammoth’s reader does', async () => {
    const broken = [
      '<w:p xmlns:w="urn:w"><w:r></w:p>',
      '<w:p xmlns:w="urn:w"><w:r>',
      '<p a="1" a="2"/>',
      '<p a=1/>',
      '<p>&nbsp;</p>',
      '<p/><q/>',
      '',
    ];
    for (const xml of broken) {
      expect({ xml, parsed: await outcome(async () => parseOfficeXml(xml, namespaces)) }).toEqual({ xml, parsed: 'refused' });
      expect({ xml, xmldom: await outcome(() => xmldomReader(xml, namespaces)) }).toEqual({ xml, xmldom: 'refused' });
    }
  });

  it('resolves namespaces declared on every element of a deep part as xmldom does, each only inside it', async () => {
    const depth = MAX_XML_DEPTH - 2;
    // Each level declares one of three prefixes and uses another, declared two levels up (or not at all).
    const open = Array.from({ length: depth }, (_, i) => `<p${i % 3}:e xmlns:p${i % 3}="urn:${i}" p${(i + 1) % 3}:a="">`);
    const close = Array.from({ length: depth }, (_, i) => `</p${(depth - 1 - i) % 3}:e>`).join('');
    const xml = `<root xmlns="urn:default">${open.join('')}<in p0:x="1" p1:y="2"/>${close}<after p0:x="3"/></root>`;
    expect(parseOfficeXml(xml, namespaces)).toEqual(await xmldomReader(xml, namespaces));
  });

  it('refuses a part nested deeper than MAX_XML_DEPTH with its own error', () => {
    // Each element declares a namespace: each look-up walked every scope above it; mammoth's stack overflowed.
    const n = 20_000;
    const xml = `${'<x:a xmlns:x="urn:x">'.repeat(n)}${'</x:a>'.repeat(n)}`;
    const tooDeep = expect.objectContaining({ error: expect.objectContaining({ code: 'IMPORT_DOCX_TOO_DEEP' }) });
    expect(() => parseOfficeXml(xml, namespaces)).toThrow(tooDeep);
    const limit = `${'<a>'.repeat(MAX_XML_DEPTH)}${'</a>'.repeat(MAX_XML_DEPTH)}`;
    expect(parseOfficeXml(limit, namespaces).name).toBe('a');
    expect(() => parseOfficeXml(`<a>${limit}</a>`, namespaces)).toThrow(/deeper than 512/);
  });

  it('is what mammoth reads through once a .docx is imported', async () => {
    expect(mammothXml.readString).toBe(xmldomReader);
    await importDocxBytes(await sampleDocx(), collectPhotos().sink);
    expect(mammothXml.readString).not.toBe(xmldomReader);
    await expect(mammothXml.readString('<p>&nbsp;</p>')).rejects.toThrow(/unknown entity/);
  });
});

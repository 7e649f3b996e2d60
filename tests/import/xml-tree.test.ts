import { describe, expect, it } from 'vitest';
import { parseXml, textOf } from '../../core/import/docx/xml-tree';
import { MAX_XML_DEPTH } from '../../core/limits';
import { ZipArchive } from '../../electron/import/zip-archive';
import { syntheticReport } from '../fixtures/synthetic-report';
import { photoDocx, sampleDocx, schoolCasesDocx } from './docx-fixture';
import { pdfConvertedDocx } from './pdf-converted-docx';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

describe('a .docx’s XML parsed by saxes into prefix-resolved elements', () => {
  it('parses every part of Word files of many kinds', async () => {
    const files = [
      await sampleDocx(),
      await photoDocx(2),
      await schoolCasesDocx(),
      (await pdfConvertedDocx(syntheticReport().text)).bytes,
    ];
    let parts = 0;
    for (const file of files) {
      const archive = ZipArchive.open(file);
      for (const name of archive.list('').filter((n) => /\.(xml|rels)$/.test(n))) {
        const root = parseXml((await archive.read(name)).toString('utf8'), name);
        if (name === 'word/document.xml') expect(root.name).toBe('w:document');
        else expect(root.name).toMatch(/^(?:[a-z]+:|\{)/);
        parts += 1;
      }
    }
    expect(parts).toBeGreaterThan(30);
  });

  it('decodes references, names elements by namespace, not prefix; leaves comments, CDATA, instructions out', () => {
    const xml = [
      '\uFEFF<?xml version="1.0" encoding="UTF-8"?>\r\n<!-- 年报 -->',
      `<w:document xmlns:w="${W}" xmlns:x="urn:other">`,
      '<w:p><w:r><w:t xml:space="preserve"> 在校生 &lt;1.2&gt; 万人 &amp; &#x4E2D;&#20013; &quot;x&apos;</w:t></w:r>',
      `<x:extra x:val='a&#10;b'/><![CDATA[不读]]><?pi x?>`,
      `<ns0:p xmlns:ns0="${W}" ns0:val="1" b="2"/></w:p>`,
      '</w:document>\n',
    ].join('');
    const root = parseXml(xml);
    expect(root.name).toBe('w:document');
    const p = root.children[0];
    expect(
      typeof p === 'object' && p.children.map((c) => (typeof c === 'string' ? c : [c.name, c.attributes])),
    ).toEqual([
      ['w:r', {}],
      ['{urn:other}extra', { '{urn:other}val': 'a\nb' }],
      ['w:p', { 'w:val': '1', b: '2' }],
    ]);
    expect(textOf(root)).toContain(' 在校生 <1.2> 万人 & 中中 "x\'');
  });

  it('refuses what is not well-formed, naming the part', () => {
    const broken = [
      '<w:p xmlns:w="urn:w"><w:r></w:p>',
      '<w:p xmlns:w="urn:w"><w:r>',
      '<p a="1" a="2"/>',
      '<p a=1/>',
      '<p>&nbsp;</p>',
      '<p/><q/>',
      '',
      '<x:p/>',
    ];
    for (const xml of broken) {
      expect({
        xml,
        parsed: (() => {
          try {
            return parseXml(xml, 'word/document.xml').name;
          } catch (err) {
            return (err as { error?: { code: string } }).error?.code;
          }
        })(),
      }).toEqual({ xml, parsed: 'IMPORT_BAD_DOCX' });
    }
  });

  it('refuses a part nested past MAX_XML_DEPTH quickly, with its own error, even with a namespace per element', () => {
    const n = 20_000;
    const xml = `${'<x:a xmlns:x="urn:x">'.repeat(n)}${'</x:a>'.repeat(n)}`;
    const tooDeep = expect.objectContaining({ error: expect.objectContaining({ code: 'IMPORT_DOCX_TOO_DEEP' }) });
    expect(() => parseXml(xml)).toThrow(tooDeep);
    const limit = `${'<a>'.repeat(MAX_XML_DEPTH)}${'</a>'.repeat(MAX_XML_DEPTH)}`;
    expect(parseXml(limit).name).toBe('a');
    expect(() => parseXml(`<a>${limit}</a>`)).toThrow(/deeper than 512/);
  });
});

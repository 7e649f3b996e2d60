import { describe, expect, it } from 'vitest';
import { wholeParagraphs } from '../../core/import/cut-xml';

describe('wholeParagraphs: the start of a cut document.xml made whole', () => {
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="w"><w:body>';
  it('keeps the paragraphs that ended, drops the one cut, and closes what is open', () => {
    expect(
      wholeParagraphs(`${head}<w:p><w:r><w:t>一、基本情况</w:t></w:r></w:p><w:p><w:pPr/><w:r><w:t>学校现有在`),
    ).toBe(`${head}<w:p><w:r><w:t>一、基本情况</w:t></w:r></w:p></w:body></w:document>`);
  });

  it('closes a table the cut fell in, row and cell too', () => {
    const cut = `${head}<w:tbl><w:tr><w:tc><w:p><w:r><w:t>专业</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>人`;
    expect(wholeParagraphs(cut)).toBe(
      `${head}<w:tbl><w:tr><w:tc><w:p><w:r><w:t>专业</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>`,
    );
  });

  it('stops before damage: a tag closing what is not open, or bytes that are no text', () => {
    const first = '<w:p><w:r><w:t>一、基本情况</w:t></w:r></w:p>';
    expect(
      wholeParagraphs(`${head}${first}<w:p><w:r><w:t>学校</w:t></w:tc></w:p><w:p><w:r><w:t>后文</w:t></w:r></w:p>`),
    ).toBe(`${head}${first}</w:body></w:document>`);
    expect(wholeParagraphs(`${head}${first}<w:p><w:r><w:t>学\uFFFD校</w:t></w:r></w:p>`)).toBe(
      `${head}${first}</w:body></w:document>`,
    );
    expect(wholeParagraphs(`${head}${first}<w:p><w:r><w:t>学\u0000\u0000校</w:t></w:r></w:p>`)).toBe(
      `${head}${first}</w:body></w:document>`,
    );
    expect(wholeParagraphs(`${head}${first}<w:p><w:r><w:t>学<w:p><w:r><w:t>校</w:t></w:r></w:p>`)).toBe(
      `${head}${first}</w:body></w:document>`,
    );
  });

  it('gives nothing when no paragraph ended before the cut or the damage', () => {
    expect(wholeParagraphs(`${head}<w:p><w:r><w:t>学校`)).toBeNull();
    expect(wholeParagraphs(`${head}<w:p><w:r></w:p>`)).toBeNull();
  });
});

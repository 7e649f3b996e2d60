import { describe, expect, it } from 'vitest';
import { wholeParagraphs } from '../../core/import/cut-xml';

describe('wholeParagraphs: the start of a cut document.xml made whole', () => {
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="w"><w:body>';
  it('keeps the paragraphs that ended, drops the one cut, and closes what is open', () => {
    expect(wholeParagraphs(`${head}<w:p><w:r><w:t>一、基本情况</w:t></w:r></w:p><w:p><w:pPr/><w:r><w:t>学校现有在`)).toBe(`${head}<w:p><w:r><w:t>一、基本情况</w:t></w:r></w:p></w:body></w:document>`);
  });

  it('closes a table the cut fell in, row and cell too', () => {
    const cut = `${head}<w:tbl><w:tr><w:tc><w:p><w:r><w:t>专业</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>人`;
    expect(wholeParagraphs(cut)).toBe(`${head}<w:tbl><w:tr><w:tc><w:p><w:r><w:t>专业</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>`);
  });

  it('gives nothing when no paragraph ended, or the tags do not pair', () => {
    expect(wholeParagraphs(`${head}<w:p><w:r><w:t>学校`)).toBeNull();
    expect(wholeParagraphs(`${head}<w:p><w:r></w:p>`)).toBeNull();
  });
});

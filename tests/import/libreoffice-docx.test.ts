import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReportTree } from '../../core/report-tree';
import { importDocxBytes } from '../../electron/import/import-file';
import { collectPhotos } from '../../electron/import/collect-photos';
import { unaccountedParagraphs } from './text-coverage';

/** The committed .docx files LibreOffice wrote (tests/fixtures/libreoffice/README.md says how). */
const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures/libreoffice', name));

async function importCovered(name: string) {
  const bytes = fixture(name);
  const result = await importDocxBytes(bytes, collectPhotos().addPhoto);
  expect(await unaccountedParagraphs(bytes, result)).toEqual([]);
  const tree = buildReportTree(result.document);
  return { result, tree, headings: tree.headings.map((h) => [h.level, h.text]) };
}

describe('.docx files LibreOffice writes, for the failures of issue #20', () => {
  it('keeps a form table holding a signature picture as a table, with all its text (1)', async () => {
    const { result, tree } = await importCovered('form-table.docx');
    expect(tree.figures).toEqual([]);
    expect(result.notes.map((n) => n.kind)).toContain('signatures-left-out');
    const tables = tree.blocks.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(1);
    expect(tables[0]!.kind === 'table' && tables[0]!.rows.flat().map((c) => c.text)).toEqual(
      expect.arrayContaining(['李明', '选题合理，同意开题。', '张华、赵强、孙丽']),
    );
  });

  it('reads the title in Heading 1 at the top, centred, as the cover’s title, not as chapter 一 (3)', async () => {
    const { result, headings } = await importCovered('cover-title.docx');
    expect(result.title).toBe('昌吉职业技术学院2025年质量年度报告');
    expect(headings).toEqual([
      [1, '学校概况'],
      [1, '人才培养'],
    ]);
  });

  it('promotes headings styled only Heading 2 and Heading 3 (8)', async () => {
    const { headings } = await importCovered('level-two-headings.docx');
    expect(headings).toEqual([
      [1, '学校概况'],
      [2, '办学规模'],
      [1, '人才培养'],
    ]);
  });

  it('pairs two side-by-side captions with their photos when one wraps onto a second line (10)', async () => {
    const { tree } = await importCovered('side-captions.docx');
    expect(tree.figures.map((f) => [f.caption, f.image !== null])).toEqual([
      ['昌吉国家高新区2025年“百园百校万企”科技成果转化对接活动现场', true],
      ['企业与高校签订合作协议', true],
    ]);
  });
});

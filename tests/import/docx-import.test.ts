import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SerializedNodeJSON } from '../../core/document/editor-json';
import { buildReportTree } from '../../core/report-tree';
import { readSourcePhotos } from '../../electron/assets/source-photos';
import { importToNewReport } from '../../electron/import/import-to-report';
import { closeLater, sampleMeta, tempDir } from '../helpers/files';
import { sampleDocx } from './docx-fixture';

function findAll(node: SerializedNodeJSON, type: string): SerializedNodeJSON[] {
  return [...(node.type === type ? [node] : []), ...(node.children ?? []).flatMap((c) => findAll(c, type))];
}

describe('docx import', () => {
  it('recovers headings, formatting, lists, a case with a photo row, a captioned photo and a table', async () => {
    const dir = tempDir();
    const input = join(dir, '样例.docx');
    writeFileSync(input, await sampleDocx());
    const { file, result } = await importToNewReport(input, join(dir, 'out.nianbao'), {
      organisation: sampleMeta.organisation,
      year: 2025,
      kind: 'bureau',
    });
    closeLater(file);
    const doc = file.document!.json;
    const tree = buildReportTree(doc);

    expect(tree.headings.map((h) => [h.level, h.text])).toEqual([
      [1, '基本情况'],
      [2, '规模和结构'],
      [2, '典型案例'],
      [1, '人才培养质量'],
    ]);
    const para = tree.blocks.find((b) => b.kind === 'paragraph');
    expect(para?.kind === 'paragraph' && para.text).toBe('全州共有中职学校6所，在校生1.2万人，规模稳定、结构优化。');
    expect(para?.kind === 'paragraph' && para.runs.filter((r) => r.bold).map((r) => r.text)).toEqual(['在校生1.2万人']);
    expect(para?.kind === 'paragraph' && para.runs.filter((r) => r.italic).map((r) => r.text)).toEqual(['规模稳定']);
    expect(
      para?.kind === 'paragraph' &&
        para.runs
          .filter((r) => r.underline)
          .map((r) => r.text)
          .join(''),
    ).toBe('、结构优化');
    // Foreign fonts, colours and sizes are dropped: no text node keeps a style.
    expect(findAll(doc.root, 'text').every((t) => t.style === '')).toBe(true);
    expect(JSON.stringify(doc)).not.toMatch(/Comic|FF0000/);

    expect(tree.blocks.find((b) => b.kind === 'list')).toMatchObject({
      ordered: false,
      items: [{ text: '开设专业覆盖现代农业' }, { text: '开设专业覆盖先进制造' }],
    });

    expect(tree.cases.map((c) => c.title)).toEqual(['校企合作育人']);
    expect(tree.cases[0]!.body.map((b) => b.kind)).toEqual(['paragraph', 'figure-row', 'figure']);
    expect(tree.figures.map((f) => f.caption)).toEqual(['学生在实训基地', '企业导师指导', '实训基地全景']);
    expect(tree.figures.every((f) => f.image !== null && f.image.width > 0)).toBe(true);
    const after = tree.blocks.find((b) => b.kind === 'paragraph' && b.text.startsWith('本节正文'));
    expect(after?.section).toBe(2);

    expect(tree.tables).toHaveLength(1);
    expect(tree.tables[0]!.caption).toBe('各校招生情况');
    expect(tree.tables[0]!.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['学校', '招生人数'],
      ['木垒县职业中专', '320'],
      ['奇台县职业中专', '415'],
    ]);
    expect(tree.tables[0]!.rows[0]![0]!.header).toBe(true);

    // The report opens before its photos are read out of the .docx: listed to read, they land a moment later.
    const shown = tree.figures.map((f) => f.image!.assetKey).sort();
    expect([...file.listAssets(), ...file.listPhotosToRead()].map((a) => a.assetKey).sort()).toEqual(shown);
    expect(await readSourcePhotos(file, () => false)).toBe(0);
    expect(file.listPhotosToRead()).toEqual([]);
    expect(
      file
        .listAssets()
        .map((a) => a.assetKey)
        .sort(),
    ).toEqual(shown);
    expect(file.meta.importNotes).toEqual(result.notes);
    expect(file.meta.title).toBe('样例');
  });
});

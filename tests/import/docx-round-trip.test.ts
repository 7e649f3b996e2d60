import { describe, expect, it } from 'vitest';
import { build } from '../../core/document/nodes';
import { printHtml } from '../../core/print/print-html';
import { type ReportTree, buildReportTree } from '../../core/report-tree';
import { buildDocx } from '../../electron/export/docx-export';
import { importDocxBytes, importFile } from '../../electron/import/import-file';
import { collectPhotos } from '../../electron/import/collect-photos';
import { writeSyntheticReport } from '../fixtures/synthetic-report';
import { sampleMeta, tempDir } from '../helpers/files';

/** What a reader of the report sees of its structure: outline, cases, figures, the text itself. */
function outline(tree: ReportTree) {
  return {
    headings: tree.headings.map((h) => `${h.level} ${h.text}`),
    cases: tree.cases.map((c) => c.title),
    figures: tree.figures.map((f) => f.caption),
    rows: tree.blocks.flatMap((b) => (b.kind === 'case' ? b.body : [b])).filter((b) => b.kind === 'figure-row').length,
    tables: tree.tables.length,
    paragraphs: tree.blocks
      .flatMap((b) => (b.kind === 'case' ? b.body : [b]))
      .flatMap((b) => (b.kind === 'paragraph' ? [b.text] : [])),
  };
}

describe('a report 年报工坊 exported to .docx imports back as it was (a bureau pulling in a school’s report)', () => {
  it('the seed’s shape: 目录 left out, boxed cases as cases, photo rows as rows, no false notes', async () => {
    const original = await importFile(writeSyntheticReport(tempDir()), collectPhotos().addPhoto);
    const { bytes } = await buildDocx({ meta: sampleMeta, document: original.document, asset: () => null });
    const back = await importDocxBytes(bytes, collectPhotos().addPhoto);
    const before = outline(buildReportTree(original.document));
    const after = outline(buildReportTree(back.document));
    expect(before.cases).toHaveLength(24);
    expect(before.figures).toHaveLength(53);
    expect(before.rows).toBeGreaterThan(0);
    expect(after).toEqual(before);
    // The cover goes to the report's settings; nothing else needs a look.
    expect(back.notes.map((n) => n.kind)).toEqual(['cover-moved']);
  });
});

describe('a multi-level list', () => {
  const items = [
    { content: '完善专业设置', depth: 0, ordered: true },
    { content: '新增专业3个', depth: 1, ordered: true },
    { content: '撤并专业2个', depth: 1, ordered: true },
    { content: '撤并理由', depth: 2, ordered: false },
    { content: '深化产教融合', depth: 0, ordered: true },
    { content: '校企共建实训基地', depth: 1, ordered: true },
  ];
  const document = build.document([
    build.heading(1, '基本情况'),
    build.nestedList(items),
    build.paragraph('正文。'),
    build.list(true, ['另一个列表']),
  ]);
  const listed = (tree: ReportTree) =>
    tree.blocks.flatMap((b) => (b.kind === 'list' ? [b.items.map((i) => [i.text, i.depth, i.ordered])] : []));

  it('prints its markers level by level (1. （1） ①), each list from 1', () => {
    const markers = (template: 'gongwen' | 'jianjie') => {
      const html = printHtml(buildReportTree(document), sampleMeta, {
        imageUrl: () => '',
        fontCssUrl: '',
        pagedJsUrl: null,
        template,
      });
      return [...html.matchAll(/<span class="li-marker">([^<]*)<\/span>([^<]*)/g)].map((m) => `${m[1]}${m[2]}`);
    };
    expect(markers('jianjie')).toEqual([
      '1.完善专业设置',
      '（1）新增专业3个',
      '（2）撤并专业2个',
      '▪撤并理由',
      '2.深化产教融合',
      '（1）校企共建实训基地',
      '1.另一个列表',
    ]);
    // 公文 writes the first level with a full-width dot.
    expect(markers('gongwen')).toEqual([
      '1．完善专业设置',
      '（1）新增专业3个',
      '（2）撤并专业2个',
      '▪撤并理由',
      '2．深化产教融合',
      '（1）校企共建实训基地',
      '1．另一个列表',
    ]);
  });

  it('goes to Word as Word numbering, level by level, and comes back from the .docx as the same list', async () => {
    const { bytes } = await buildDocx({ meta: sampleMeta, document, asset: () => null });
    const back = await importDocxBytes(bytes, collectPhotos().addPhoto);
    expect(listed(buildReportTree(back.document))).toEqual(listed(buildReportTree(document)));
    expect(listed(buildReportTree(back.document))[0]).toHaveLength(6);
  });
});

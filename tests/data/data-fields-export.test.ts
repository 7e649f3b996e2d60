import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../core/check/index';
import { fieldText, fillDataFields } from '../../core/data/fields';
import { computeData } from '../../core/data/compute';
import { changeQuantities } from '../../core/data/edit';
import type { SerializedNodeJSON } from '../../core/document/editor-json';
import { build, textNode } from '../../core/document/nodes';
import { printHtml } from '../../core/print/print-html';
import { buildReportTree } from '../../core/report-tree';
import { reportMetaSchema } from '../../core/report-meta';
import { documentStats } from '../../core/stats';
import { templateData } from '../../core/templates/report-templates';
import { buildDocx } from '../../electron/export/docx-export';
import { fileSource, treeOf } from '../../electron/export/export-source';
import { filledDocument } from '../../electron/store/report-data';
import { ReportFile } from '../../electron/store/report-file';
import { closeLater, tempDir } from '../helpers/files';

const meta = reportMetaSchema.parse({
  title: '木垒县职业技术学校质量年度报告（2025年）',
  organisation: '木垒县职业技术学校',
  year: 2025,
  kind: 'school',
});

/** A paragraph or heading of text runs and fields. */
function inline(block: SerializedNodeJSON, ...parts: (string | SerializedNodeJSON)[]): SerializedNodeJSON {
  return { ...block, children: parts.map((part) => (typeof part === 'string' ? textNode(part) : part)) };
}

/** A document with fields in a heading, a paragraph (one bold) and a table cell; 纸质图书 left empty. */
const document = build.document([
  inline(build.heading(1, ''), '学校概况：在校生', build.dataField('students', '6000人')),
  inline(
    build.paragraph(),
    '全校在校生',
    { ...build.dataField('students', '旧值'), format: 1 },
    '，上年',
    build.dataField('students', '', 'previous'),
    '，生师比',
    build.dataField('student-teacher-ratio'),
    '，纸质图书',
    build.dataField('books'),
    '，旧数据',
    build.dataField('q-9'),
    '。',
  ),
  build.tableCaption('办学条件'),
  build.table(
    [
      ['指标', '数值'],
      ['生均教学仪器设备值', ''],
    ],
    true,
  ),
]);
// The table's second cell holds a field.
const cell = document.root.children![3]!.children![1]!.children![1]!.children![0]!;
cell.children = [build.dataField('equipment-per-student')];

const values = changeQuantities(templateData('school'), [
  { ref: '在校生数', value: 6531, previous: 6200 },
  { ref: '专任教师数', value: 535 },
  { ref: '教学仪器设备总值', value: 18967.38 },
]);

async function report(): Promise<ReportFile> {
  return closeLater(
    await ReportFile.create(join(tempDir(), 'r.nianbao'), meta, { content: { document, assets: [], data: values } }),
  );
}

describe('data fields print as plain text, the current value with its unit', () => {
  it('fills every field from the data, markers where a value is empty or its item is gone', () => {
    const view = computeData(values);
    expect(fieldText(view, 'students')).toBe('6531人');
    expect(fieldText(view, 'students', 'previous')).toBe('6200人');
    expect(fieldText(view, 'books')).toBe('［纸质图书：待填］');
    expect(fieldText(view, 'q-9')).toBe('［数据已删除］');
    const tree = buildReportTree(fillDataFields(document, view));
    expect(tree.headings[0]!.text).toBe('学校概况：在校生6531人');
    const paragraph = tree.blocks.find((b) => b.kind === 'paragraph')!;
    expect(paragraph.kind === 'paragraph' && paragraph.text).toBe(
      '全校在校生6531人，上年6200人，生师比12.2:1，纸质图书［纸质图书：待填］，旧数据［数据已删除］。',
    );
    expect(paragraph.kind === 'paragraph' && paragraph.runs.find((r) => r.text === '6531人')).toMatchObject({
      bold: true,
    });
    expect(tree.tables[0]!.rows[1]![1]!.text).toBe('29042元');
    // A document without fields comes back as the same object: nothing to copy.
    const plain = build.document([build.paragraph('无字段')]);
    expect(fillDataFields(plain, view)).toBe(plain);
  });

  it("the PDF's print HTML and the .docx print the data as it is now, not the text saved with the field", async () => {
    const file = await report();
    const html = printHtml(treeOf(fileSource(file)), file.meta, {
      imageUrl: (k: string) => k,
      fontCssUrl: 'f.css',
      pagedJsUrl: null,
    });
    for (const text of ['在校生6531人', '全校在校生<b>6531人</b>', '上年6200人', '生师比12.2:1', '29042元'])
      expect(html).toContain(text);
    expect(html).not.toContain('旧值');

    file.saveData(changeQuantities(file.data!, [{ ref: '在校生数', value: 6513 }]));
    const { bytes } = await buildDocx(fileSource(file));
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('全校在校生6513人，上年6200人，生师比12.2:1');
    expect(text).toContain('29122元');
    expect(text).not.toContain('6531人');
    expect(text).not.toContain('旧值');
  });

  it('stats and 体检 read a field as its text', async () => {
    const file = await report();
    const filled = filledDocument(file)!;
    // Counted as the characters it prints: the same as the text typed in its place.
    const typed = JSON.parse(JSON.stringify(filled).replaceAll('"type":"data-field"', '"type":"text"'));
    expect(documentStats(filled, meta).chars).toBe(documentStats(typed, meta).chars);
    expect(documentStats(filled, meta).chars).toBeGreaterThan(documentStats(document, meta).chars);
    const findings = runChecks(buildReportTree(filled, meta));
    expect(findings.map((f) => f.excerpt).join('\n')).not.toContain('旧值');
  });

  it('print a row of an indicator table: 本年, 上年, 标准, 达标 (blank without a line), as text in PDF and .docx', async () => {
    const table = build.table(
      [
        ['指标', '本年', '上年', '标准', '达标', '较上年'],
        ['生师比', '', '', '', '', ''],
        ['生均纸质图书', '', '', '', '', ''],
        ['兼职教师比例', '', '', '', '', ''],
      ],
      true,
    );
    const ids = ['student-teacher-ratio', 'books-per-student', 'part-time-share'];
    ids.forEach((id, r) => {
      const cells = table.children![r + 1]!.children!;
      (['value', 'previous', 'threshold', 'status', 'change'] as const).forEach((part, c) => {
        cells[c + 1]!.children![0]!.children = [build.dataField(id, '旧值', part)];
      });
    });
    const doc = build.document([build.tableCaption('主要办学指标'), table]);
    const data = changeQuantities(values, [
      { ref: '专任教师数', value: 200, previous: 340 },
      { ref: '在校生数', value: 6531, previous: 6200 },
      { ref: '兼职教师数', value: 20 },
    ]);
    const view = computeData(data);
    expect(
      ['value', 'previous', 'threshold', 'status', 'change'].map((p) => fieldText(view, ids[0]!, p as 'value')),
    ).toEqual(['32.7:1', '18.2:1', '≤ 20:1', '未达标', '增加14.4']);
    // No line in the standard: 标准 and 达标 blank; a value still to fill: 缺数据.
    expect(fieldText(view, 'part-time-share', 'status')).toBe('');
    expect(fieldText(view, 'part-time-share', 'threshold')).toBe('');
    expect(fieldText(view, 'books-per-student', 'status')).toBe('缺数据');
    expect(buildReportTree(fillDataFields(doc, view)).tables[0]!.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['指标', '本年', '上年', '标准', '达标', '较上年'],
      ['生师比', '32.7:1', '18.2:1', '≤ 20:1', '未达标', '增加14.4'],
      ['生均纸质图书', '［生均纸质图书：待填］', '［生均纸质图书（上年）：待填］', '≥ 30册', '缺数据', ''],
      ['兼职教师比例', '10.0%', '［兼职教师比例（上年）：待填］', '', '', ''],
    ]);

    const file = closeLater(
      await ReportFile.create(join(tempDir(), 't.nianbao'), meta, { content: { document: doc, assets: [], data } }),
    );
    const html = printHtml(treeOf(fileSource(file)), file.meta, {
      imageUrl: (k: string) => k,
      fontCssUrl: 'f.css',
      pagedJsUrl: null,
    });
    for (const text of ['32.7:1', '≤ 20:1', '未达标']) expect(html).toContain(text);
    expect(html).not.toContain('旧值');
    const { bytes } = await buildDocx(fileSource(file));
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    for (const t of ['32.7:1', '≤ 20:1', '未达标', '缺数据']) expect(text).toContain(t);
    expect(text).not.toContain('旧值');
    // A 达标 cell of a met indicator is no claim against an unmet one in another row.
    file.saveData(changeQuantities(data, [{ ref: '纸质图书', value: 250000 }]));
    const findings = runChecks(buildReportTree(filledDocument(file)!, meta), { data: computeData(file.data!) });
    expect(findings.filter((f) => f.rule === 'claims-standard-met')).toEqual([]);
    // …while a sentence claiming it is caught (the rule is on).
    const claim = build.document([build.paragraph('生师比达标。')]);
    expect(runChecks(buildReportTree(claim, meta), { data: computeData(file.data!) }).map((f) => f.rule)).toContain(
      'claims-standard-met',
    );
  });
});

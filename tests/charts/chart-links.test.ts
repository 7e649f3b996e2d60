import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseChart } from '../../core/chart/chart-data';
import { fillChartLinks, linkSeries } from '../../core/chart/chart-links';
import { computeData } from '../../core/data/compute';
import { changeQuantities } from '../../core/data/edit';
import { build } from '../../core/document/nodes';
import { reportMetaSchema } from '../../core/report-meta';
import { templateData } from '../../core/templates/report-templates';
import { fileSource } from '../../electron/export/export-source';
import { printPageHtml } from '../../electron/export/pdf-export';
import { ReportFile } from '../../electron/store/report-file';
import { closeLater, tempDir } from '../helpers/files';
import { enrolmentChart } from './chart-samples';

const data = changeQuantities(templateData('school'), [
  { ref: '招生数', value: 2103, previous: 1956 },
  { ref: '毕业生数', value: 1500, previous: 1400 },
  { ref: '就业人数', value: 1462, previous: 1350 },
]);
const view = computeData(data);

describe('chart cells taken from the data', () => {
  it('link a series to a quantity: its last two categories show 本年 and 上年, earlier ones stay typed', () => {
    const spec = linkSeries(enrolmentChart(), 0, 'enrolment', view);
    expect(spec.series[0]).toEqual({
      name: '招生数',
      unit: '人',
      values: ['1820', '1956', '2103'],
      links: [null, { dataId: 'enrolment', part: 'previous' }, { dataId: 'enrolment', part: 'value' }],
    });
    const rate = view.indicators.find((i) => i.id === 'employment-rate')!;
    const both = linkSeries(spec, 1, 'employment-rate', view);
    expect(both.series[1]!.values).toEqual(['95.2', String(rate.previous), String(rate.value)]);
    expect(parseChart(both).ok).toBe(true);
    // Unlinked, the series keeps the numbers it showed, as typed cells.
    const unlinked = linkSeries(both, 0, null, view);
    expect(unlinked.series[0]).toEqual({ name: '招生数', unit: '人', values: ['1820', '1956', '2103'] });
  });

  it('follow the data when it changes, and say what is missing when an item is empty or gone', () => {
    const spec = linkSeries(enrolmentChart(), 0, 'enrolment', view);
    const later = computeData(changeQuantities(data, [{ ref: '招生数', value: 2230 }]));
    expect(fillChartLinks(spec, later).series[0]!.values).toEqual(['1820', '1956', '2230']);
    expect(fillChartLinks(spec, view)).toBe(spec);

    const books = linkSeries(enrolmentChart(), 0, 'books', view);
    expect(books.series[0]!.values.slice(1)).toEqual(['［纸质图书（上年）：待填］', '［纸质图书：待填］']);
    expect(parseChart(books)).toMatchObject({
      ok: false,
      problems: [
        '“2024年”的“招生数”不是数字：“［纸质图书（上年）：待填］”',
        '“2025年”的“招生数”不是数字：“［纸质图书：待填］”',
      ],
    });
    const withoutEnrolment = {
      ...data,
      quantities: data.quantities.filter((q) => q.id !== 'enrolment'),
      indicators: [],
    };
    const gone = fillChartLinks(linkSeries(enrolmentChart(), 0, 'enrolment', view), computeData(withoutEnrolment));
    expect(gone.series[0]!.values[2]).toBe('［数据已删除］');
  });

  it('print current data in every export: the PDF’s SVG shows a number changed after the text was saved', async () => {
    const meta = reportMetaSchema.parse({
      title: '木垒县职业技术学校质量年度报告（2025年）',
      organisation: '木垒县职业技术学校',
      year: 2025,
      kind: 'school',
    });
    const chart = linkSeries(enrolmentChart('grouped-bar', '事业统计'), 0, 'enrolment', view);
    const document = build.document([build.heading(1, '人才培养'), build.chart('近三年招生数与就业率', chart)]);
    const file = closeLater(
      await ReportFile.create(join(tempDir(), 'r.nianbao'), meta, { content: { document, assets: [], data } }),
    );
    file.saveData(changeQuantities(data, [{ ref: '招生数', value: 2230 }]));
    const html = printPageHtml(fileSource(file), { paginate: false });
    expect(html).toContain('>2230</text>');
    expect(html).not.toContain('>2103</text>');
  });
});

import { $dfs } from '@lexical/utils';
import { $createParagraphNode, $getRoot, UNDO_COMMAND } from 'lexical';
import { describe, expect, it } from 'vitest';
import { build } from '../../core/document/nodes';
import { buildReportTree } from '../../core/report-tree';
import { $createFigureChartNode, $isFigureChartNode } from '../../renderer/editor/chart/FigureChartNode';
import { $isFigureNode } from '../../renderer/editor/figure/FigureNode';
import { $computeOutline } from '../../renderer/editor/outline/report-outline';
import { enrolmentChart, singleSeriesChart } from '../charts/chart-samples';
import { reportEditor, toJSON } from './headless';

const numbering = { headingNumbering: 'decimal', chapterLabel: 'none', figureNumbering: 'continuous' } as const;

function chartDoc() {
  return build.document([
    build.heading(1, '人才培养'),
    build.figure('实训现场', null),
    build.chart('近三年招生数与就业率', enrolmentChart()),
    build.figureRow([build.chart('专业大类', singleSeriesChart('pie')), build.figure('校园', null)]),
  ]);
}

/** Every chart node in reading order. */
const $charts = () =>
  $dfs()
    .map(({ node }) => node)
    .filter($isFigureChartNode);
const chartsOf = (editor: ReturnType<typeof reportEditor>) =>
  editor.getEditorState().read(() => $charts().map((c) => c.getChart()));

describe('chart node', () => {
  it('round-trips core’s JSON unchanged, grid and 数据来源 included', () => {
    const doc = chartDoc();
    expect(toJSON(reportEditor(doc))).toEqual(doc);
  });

  it('numbers a chart as a figure, in the editor as in the report tree', () => {
    const editor = reportEditor(chartDoc());
    const outline = editor
      .getEditorState()
      .read(() => $computeOutline(numbering).items.filter((i) => i.kind === 'figure'));
    expect(outline.map((i) => [i.label, i.text, i.hasImage])).toEqual([
      ['图1', '实训现场', false],
      ['图2', '近三年招生数与就业率', true],
      ['图3', '专业大类', true],
      ['图4', '校园', false],
    ]);
    const tree = buildReportTree(chartDoc(), numbering);
    expect(tree.figures.map((f) => [f.label, f.chart?.kind ?? null])).toEqual([
      ['图1', null],
      ['图2', 'grouped-bar'],
      ['图3', 'pie'],
      ['图4', null],
    ]);
  });

  it('undoes a change of the grid', async () => {
    const editor = reportEditor(chartDoc());
    editor.update(
      () => {
        $charts()[0]!.setChart({ ...enrolmentChart(), kind: 'line', source: '新来源' });
      },
      { discrete: true },
    );
    expect(chartsOf(editor)[0]).toMatchObject({ kind: 'line', source: '新来源' });
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    await Promise.resolve(); // commands commit in a microtask
    expect(chartsOf(editor)[0]).toEqual(enrolmentChart());
  });

  it('puts a chart that lands outside a figure back into one, with a caption', () => {
    const editor = reportEditor(build.document([build.paragraph('正文')]));
    editor.update(() => $getRoot().append($createParagraphNode().append($createFigureChartNode(enrolmentChart()))), {
      discrete: true,
    });
    const json = toJSON(editor);
    const figure = json.root.children!.find((c) => c.type === 'figure');
    expect(figure?.children?.map((c) => c.type)).toEqual(['figure-chart', 'figure-caption']);
    editor.getEditorState().read(() => expect($getRoot().getChildren().some($isFigureNode)).toBe(true));
  });
});

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, type NodeKey } from 'lexical';
import { useMemo, useState } from 'react';
import { renderChartSvg } from '../../../charts/chart-svg';
import type { ChartSpec } from '../../../core/chart/chart-data';
import { fillChartLinks } from '../../../core/chart/chart-links';
import { zh } from '../../../core/zh';
import { useDataViewIfAny } from '../../data/data-store';
import { ChartDataDialog, ChartProblems } from './ChartDataDialog';
import './chart.css';
import { selectFigureOf } from '../figure/figure-selection';
import { $isFigureChartNode } from './FigureChartNode';
import { chartsToEdit } from './charts-to-edit';

/** The chart as every export draws it, its 数据来源 line, and 编辑数据… to change its grid. */
export default function FigureChartView({ nodeKey, chart }: { nodeKey: NodeKey; chart: ChartSpec }) {
  const [editor] = useLexicalComposerContext();
  const [editing, setEditing] = useState(() => chartsToEdit.delete(nodeKey));
  // Linked cells follow the 数据 as it changes in the page, as the exports fill them from the file.
  const view = useDataViewIfAny();
  const shown = useMemo(() => (view ? fillChartLinks(chart, view) : chart), [chart, view]);
  const drawing = useMemo(() => renderChartSvg(shown), [shown]);
  const editable = editor.isEditable();

  const apply = (next: ChartSpec) => {
    setEditing(false);
    editor.update(() => {
      const node = $getNodeByKey(nodeKey);
      if ($isFigureChartNode(node)) node.setChart(next);
    });
  };

  // As a picture in Word: a click selects the chart whole (Delete removes it with its caption), a double click edits
  // its data.
  const select = () => editable && selectFigureOf(editor, nodeKey);
  const edit = () => editable && setEditing(true);

  return (
    // The keyboard selects a chart through the editor (arrow keys); the click is the mouse's way.
    // biome-ignore lint/a11y/noStaticElementInteractions: as the comment above says
    // biome-ignore lint/a11y/useKeyWithClickEvents: as above
    <div className="rp-chart-frame" data-chart-kind={chart.kind} onClick={select} onDoubleClick={edit}>
      {drawing.ok ? (
        // ECharts' own SVG, every text escaped by its renderer, the same string the PDF prints.
        // biome-ignore lint/security/noDangerouslySetInnerHtml: as the comment above says
        <div className="rp-chart-drawing" dangerouslySetInnerHTML={{ __html: drawing.svg }} />
      ) : (
        <ChartProblems problems={drawing.problems} />
      )}
      {chart.source.trim() && <div className="rp-chart-source">{zh.chart.sourcePrefix + chart.source.trim()}</div>}
      {editable && (
        <button type="button" className="rp-chart-edit" onClick={edit}>
          {zh.chart.edit}
        </button>
      )}
      {editing && <ChartDataDialog chart={shown} onApply={apply} onClose={() => setEditing(false)} />}
    </div>
  );
}

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_LOW, createCommand } from 'lexical';
import { useEffect } from 'react';
import { newChartSpec } from '../../../core/chart/chart-data';
import { $createFigureCaptionNode } from '../figure/FigureCaptionNode';
import { $createFigureNode } from '../figure/FigureNode';
import { $insertBlocks } from '../insert-block';
import { $createFigureChartNode } from './FigureChartNode';
import { chartsToEdit } from './charts-to-edit';

export const INSERT_CHART_COMMAND = createCommand<void>('INSERT_CHART_COMMAND');

/**
 * 插入图表: a figure holding a chart with a starter grid, its data dialog open (figure-structure.ts keeps it in its
 * figure).
 */
export function ChartPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        INSERT_CHART_COMMAND,
        () => {
          const chart = $createFigureChartNode(newChartSpec());
          const figure = $createFigureNode().append(chart, $createFigureCaptionNode());
          $insertBlocks([figure]);
          chartsToEdit.add(chart.getKey());
          figure.getLastChildOrThrow().selectStart();
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor],
  );
  return null;
}

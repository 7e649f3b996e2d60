import {
  $applyNodeReplacement,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';
import { type JSX, Suspense, lazy } from 'react';
import { type ChartSpec, chartSpecOf } from '../../../core/chart/chart-data';
import { NODE } from '../../../core/document/nodes';
import { BlockDecoratorNode } from '../block-decorator-node';

// ECharts loads with the first chart a report shows, not with the editor.
const FigureChartView = lazy(() => import('./FigureChartView'));

export type SerializedFigureChartNode = Spread<{ chart: ChartSpec }, SerializedLexicalNode>;

/**
 * A chart in a figure's photo place: its grid as typed (core/chart/chart-data.ts). The figure
 * around it numbers and captions it as any 图N; every output draws it from this grid.
 */
export class FigureChartNode extends BlockDecoratorNode {
  __chart: ChartSpec;

  static override getType(): string {
    return NODE.figureChart;
  }

  static override clone(node: FigureChartNode): FigureChartNode {
    return new FigureChartNode(node.__chart, node.__key);
  }

  static override importJSON(serialized: SerializedFigureChartNode): FigureChartNode {
    return $createFigureChartNode(chartSpecOf(serialized.chart)).updateFromJSON(serialized);
  }

  constructor(chart: ChartSpec, key?: NodeKey) {
    super(key);
    this.__chart = chart;
  }

  override updateFromJSON(serialized: LexicalUpdateJSON<SerializedFigureChartNode>): this {
    return super.updateFromJSON(serialized).setChart(chartSpecOf(serialized.chart));
  }

  override exportJSON(): SerializedFigureChartNode {
    return { ...super.exportJSON(), chart: this.__chart };
  }

  getChart(): ChartSpec {
    return this.getLatest().__chart;
  }

  /** Replaces the grid whole (specs are never mutated in place, so history keeps each version). */
  setChart(chart: ChartSpec): this {
    const self = this.getWritable();
    self.__chart = chart;
    return self;
  }

  override blockClassName(): string {
    return 'rp-chart';
  }

  override getTextContent(): string {
    return '';
  }

  override decorate(): JSX.Element {
    return (
      <Suspense fallback={<div className="rp-chart-loading" />}>
        <FigureChartView nodeKey={this.getKey()} chart={this.__chart} />
      </Suspense>
    );
  }
}

export function $createFigureChartNode(chart: ChartSpec): FigureChartNode {
  return $applyNodeReplacement(new FigureChartNode(chart));
}

export function $isFigureChartNode(node: LexicalNode | null | undefined): node is FigureChartNode {
  return node instanceof FigureChartNode;
}

import { type ClipboardEvent, useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { renderChartSvg } from '../../../charts/chart-svg';
import {
  CHART_KINDS,
  type ChartCellLink,
  type ChartKind,
  type ChartSpec,
  MAX_CHART_CATEGORIES,
  MAX_CHART_SERIES,
} from '../../../core/chart/chart-data';
import { linkSeries } from '../../../core/chart/chart-links';
import type { ComputedData } from '../../../core/data/data-schema';
import { zh } from '../../../core/zh';
import { apiClient } from '../../api-client';
import { ModalDialog } from '../../app/ModalDialog';
import {
  addCategory,
  addSeries,
  pasteCells,
  removeCategory,
  removeSeries,
  setCategory,
  setCell,
  setSeriesField,
} from './chart-grid';

const t = zh.chart;

/**
 * 图表数据: the chart's kind, its grid (categories down, series across, a unit per series) and
 * its 数据来源, with the drawing previewed as typed. Rendered into <body>, outside the editor's
 * content, so typing here never reaches Lexical. 确定 keeps the grid even when it cannot be
 * drawn yet: the chart then says why in place, and nothing typed is lost.
 */
export function ChartDataDialog({
  chart,
  onApply,
  onClose,
}: {
  chart: ChartSpec;
  onApply: (chart: ChartSpec) => void;
  onClose: () => void;
}) {
  const [draft, setDraft] = useState(chart);
  const dataView = useDataView();
  const drawing = useMemo(() => renderChartSvg(draft), [draft]);

  const onPaste = (row: number, column: number) => (e: ClipboardEvent<HTMLInputElement>) => {
    const pasted = pasteCells(draft, row, column, e.clipboardData.getData('text/plain'));
    if (!pasted) return;
    e.preventDefault();
    setDraft(pasted);
  };

  return createPortal(
    <ModalDialog title={t.editTitle} className="chart-dialog" onClose={onClose}>
      <fieldset className="chart-kinds">
        <legend>{t.kind}</legend>
        {CHART_KINDS.map((kind: ChartKind) => (
          <label key={kind} className="radio">
            <input
              type="radio"
              name="chart-kind"
              value={kind}
              checked={draft.kind === kind}
              onChange={() => setDraft({ ...draft, kind })}
            />
            {t.kinds[kind]}
          </label>
        ))}
      </fieldset>
      <div className="chart-grid-scroll">
        <table className="chart-grid">
          <thead>
            <tr>
              <th>{t.category}</th>
              {draft.series.map((s, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a grid column is its position
                <th key={j}>
                  <span className="chart-cell-with-remove">
                    <input
                      aria-label={`${t.seriesName(j + 1)}名称`}
                      value={s.name}
                      onChange={(e) => setDraft(setSeriesField(draft, j, 'name', e.target.value))}
                    />
                    <button
                      type="button"
                      title={t.removeSeries(s.name || t.seriesName(j + 1))}
                      aria-label={t.removeSeries(s.name || t.seriesName(j + 1))}
                      onClick={() => setDraft(removeSeries(draft, j))}
                    >
                      ×
                    </button>
                  </span>
                </th>
              ))}
              <th>
                <button
                  type="button"
                  disabled={draft.series.length >= MAX_CHART_SERIES}
                  onClick={() => setDraft(addSeries(draft))}
                >
                  {t.addSeries}
                </button>
              </th>
            </tr>
            <tr>
              <th>{t.unit}</th>
              {draft.series.map((s, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a grid column is its position
                <th key={j}>
                  <input
                    aria-label={`${t.seriesName(j + 1)}${t.unit}`}
                    value={s.unit}
                    placeholder="人、%、万元"
                    onChange={(e) => setDraft(setSeriesField(draft, j, 'unit', e.target.value))}
                  />
                </th>
              ))}
              <th />
            </tr>
            {dataView && (
              <tr>
                <th title={t.fromDataHint}>{t.fromData}</th>
                {draft.series.map((s, j) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a grid column is its position
                  <th key={j}>
                    <select
                      aria-label={`${t.seriesName(j + 1)}${t.fromData}`}
                      title={t.fromDataHint}
                      value={s.links?.find((l) => l !== null)?.dataId ?? ''}
                      onChange={(e) => setDraft(linkSeries(draft, j, e.target.value || null, dataView))}
                    >
                      <option value="">{t.typedByHand}</option>
                      {[...dataView.quantities, ...dataView.indicators].map((item) => (
                        <option key={item.id} value={item.id}>
                          {item.text ? `${item.name}（${item.text}）` : item.name}
                        </option>
                      ))}
                    </select>
                  </th>
                ))}
                <th />
              </tr>
            )}
          </thead>
          <tbody>
            {draft.categories.map((category, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a grid row is its position
              <tr key={i}>
                <th>
                  <span className="chart-cell-with-remove">
                    <input
                      aria-label={`${t.category} ${i + 1}`}
                      value={category}
                      onChange={(e) => setDraft(setCategory(draft, i, e.target.value))}
                      onPaste={onPaste(i, -1)}
                    />
                    <button
                      type="button"
                      title={t.removeCategory(category || t.rowName(i + 1))}
                      aria-label={t.removeCategory(category || t.rowName(i + 1))}
                      onClick={() => setDraft(removeCategory(draft, i))}
                    >
                      ×
                    </button>
                  </span>
                </th>
                {draft.series.map((s, j) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a grid cell is its position
                  <td key={j}>
                    <input
                      aria-label={`${category || t.rowName(i + 1)} ${s.name || t.seriesName(j + 1)}`}
                      data-cell={`${i}-${j}`}
                      inputMode="decimal"
                      {...linkedCellProps(s.links?.[i], dataView)}
                      value={s.values[i] ?? ''}
                      onChange={(e) => setDraft(setCell(draft, i, j, e.target.value))}
                      onPaste={onPaste(i, j)}
                    />
                  </td>
                ))}
                <td />
              </tr>
            ))}
          </tbody>
        </table>
        <button
          type="button"
          disabled={draft.categories.length >= MAX_CHART_CATEGORIES}
          onClick={() => setDraft(addCategory(draft))}
        >
          {t.addCategory}
        </button>
      </div>
      <label className="chart-source-field">
        {t.source}
        <input
          name="chart-source"
          value={draft.source}
          placeholder={t.sourcePlaceholder}
          onChange={(e) => setDraft({ ...draft, source: e.target.value })}
        />
      </label>
      <div className="chart-dialog-preview" role="group" aria-label={t.preview}>
        {drawing.ok ? (
          // ECharts' own SVG (every text escaped by its renderer), drawn from the draft as typed.
          // biome-ignore lint/security/noDangerouslySetInnerHtml: as the comment above says
          <div className="rp-chart-drawing" dangerouslySetInnerHTML={{ __html: drawing.svg }} />
        ) : (
          <ChartProblems problems={drawing.problems} />
        )}
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t.cancel}
        </button>
        <button type="button" className="primary" onClick={() => onApply(draft)}>
          {t.apply}
        </button>
      </div>
    </ModalDialog>,
    document.body,
  );
}

/** The report's 数据, for taking a series from it; null while loading or when it cannot be read. */
function useDataView(): ComputedData | null {
  const [view, setView] = useState<ComputedData | null>(null);
  useEffect(() => {
    let live = true;
    void apiClient['data.get']({}).then((res) => live && res.ok && setView(res.value));
    return () => {
      live = false;
    };
  }, []);
  return view;
}

/** A cell taken from the data is read-only here, and says from which item. */
function linkedCellProps(link: ChartCellLink | null | undefined, view: ComputedData | null) {
  if (!link) return {};
  const item = view?.quantities.find((q) => q.id === link.dataId) ?? view?.indicators.find((i) => i.id === link.dataId);
  return {
    readOnly: true,
    className: 'chart-linked-cell',
    title: t.linkedCell(item?.name ?? link.dataId, link.part === 'previous'),
  };
}

/** Why a grid cannot be drawn, in the writer's words; the first few reasons, as a list. */
export function ChartProblems({ problems }: { problems: readonly string[] }) {
  return (
    <div className="rp-chart-problem" role="alert">
      <strong>{t.cannotDraw}</strong>
      <ul>
        {problems.slice(0, 5).map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </div>
  );
}

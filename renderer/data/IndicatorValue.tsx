import type { IndicatorView } from '../../core/data/data-schema';
import { zh } from '../../core/zh';

const t = zh.dataPanel;

/**
 * An indicator's value; without one, a dash whose title says what is missing (the badge beside it says 缺数据), or 公式有误.
 */
export function IndicatorValue({ indicator: i }: { indicator: IndicatorView }) {
  if (i.text) return <span className="data-value">{i.text}</span>;
  if (i.error)
    return (
      <span className="data-value data-formula-error" title={i.error}>
        {t.formulaError}
      </span>
    );
  return (
    <span className="data-value muted" title={i.missing.length ? t.missing(i.missing) : undefined}>
      {t.noValue}
    </span>
  );
}

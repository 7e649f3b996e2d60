import type { StandardStatus, ThresholdView } from '../../core/data/data-schema';
import { zh } from '../../core/zh';

/** 达标 / 未达标 / 缺数据 against the 设置标准 line, whose article shows on hover; nothing where the standard has no line. */
export function StatusBadge({ status, threshold }: { status: StandardStatus; threshold: ThresholdView | null }) {
  if (status === 'none') return null;
  return (
    <span
      className={`data-status data-status-${status}`}
      title={threshold ? `${threshold.text}（${threshold.basis}）` : undefined}
    >
      {zh.data.statuses[status]}
    </span>
  );
}

import { zh } from '../../core/zh';

/**
 * 年度 for 新建报告 and 报告设置, within the years a report's meta accepts (2000–2100); a field
 * cleared or typed into nonsense gives `fallback` rather than a year the report would refuse.
 */
export function YearField({
  value,
  fallback,
  onChange,
}: {
  value: number;
  fallback: number;
  onChange: (year: number) => void;
}) {
  return (
    <label>
      {zh.start.year}
      <input
        name="year"
        type="number"
        min={2000}
        max={2100}
        value={value}
        onChange={(e) => onChange(Number(e.target.value) || fallback)}
      />
    </label>
  );
}

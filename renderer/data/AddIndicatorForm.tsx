import { zh } from '../../core/zh';
import { AddForm } from './AddForm';
import { useDataStore } from './data-store';

const t = zh.dataPanel;

/**
 * 添加指标: a name, a formula over the data's names and the unit of its result; a bad formula is refused with its fault.
 */
export function AddIndicatorForm({ disabled }: { disabled: boolean }) {
  const store = useDataStore();
  return (
    <AddForm
      className="data-add-indicator"
      fields={[
        { key: 'name', label: t.newIndicator, placeholder: t.newIndicator, required: true },
        {
          key: 'formula',
          label: t.formula,
          placeholder: t.formulaExample,
          className: 'data-add-formula',
          required: true,
        },
        { key: 'unit', label: t.indicatorUnit, placeholder: t.indicatorUnitExample, className: 'data-add-unit' },
      ]}
      button={t.addIndicator}
      requiredMessage={t.indicatorNeeded}
      disabled={disabled}
      onAdd={({ name, formula, unit }) => store.addIndicators([{ name, formula, unit }])}
    />
  );
}

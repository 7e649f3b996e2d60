import { zh } from '../../core/zh';
import { AddForm } from './AddForm';
import { useDataStore } from './data-store';

const t = zh.dataPanel;

/** 添加数据: a name and a unit; the value and the rest are filled in the list afterwards. */
export function AddQuantityForm({ disabled }: { disabled: boolean }) {
  const store = useDataStore();
  return (
    <AddForm
      className="data-add-quantity"
      fields={[
        { key: 'name', label: t.newName, placeholder: t.newName, required: true },
        { key: 'unit', label: t.newUnit, placeholder: t.newUnit, className: 'data-add-unit' },
      ]}
      button={t.add}
      requiredMessage={t.nameNeeded}
      disabled={disabled}
      onAdd={({ name, unit }) => store.add([{ name, unit }])}
    />
  );
}

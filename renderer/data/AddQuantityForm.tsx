import { type FormEvent, useState } from 'react';
import { zh } from '../../core/zh';
import { useDataStore } from './data-store';

const t = zh.dataPanel;

/** 添加数据: a name and a unit; the value and the rest are filled in the list afterwards. */
export function AddQuantityForm({ disabled }: { disabled: boolean }) {
  const store = useDataStore();
  const [name, setName] = useState('');
  const [unit, setUnit] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return setMessage(t.nameNeeded);
    const problem = await store.add([{ name: name.trim(), unit: unit.trim() }]);
    setMessage(problem);
    if (!problem) {
      setName('');
      setUnit('');
    }
  };

  return (
    <form className="data-add" onSubmit={(e) => void submit(e)}>
      <input aria-label={t.newName} placeholder={t.newName} value={name} disabled={disabled} onChange={(e) => setName(e.target.value)} />
      <input aria-label={t.newUnit} placeholder={t.newUnit} value={unit} disabled={disabled} className="data-add-unit" onChange={(e) => setUnit(e.target.value)} />
      <button type="submit" disabled={disabled}>
        {t.add}
      </button>
      {message && (
        <span className="data-cell-error" role="alert">
          {message}
        </span>
      )}
    </form>
  );
}

import { useState } from 'react';
import { zh } from '../../core/zh';
import { useDataStore } from './data-store';

const t = zh.dataPanel;

/**
 * Shown while 数据 has no quantity (a report whose data was emptied, or made before its kind had
 * a starting set): one press adds what a report of its kind usually states, values left to fill.
 */
export function AddStarterButton({ disabled }: { disabled: boolean }) {
  const store = useDataStore();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div className="data-starter">
      <p className="muted">{t.noQuantities}</p>
      <button
        type="button"
        title={t.addStarterTitle}
        disabled={disabled}
        onClick={() => void store.addStarter().then(setMessage)}
      >
        {t.addStarter}
      </button>
      {message && (
        <span className="data-cell-error" role="alert">
          {message}
        </span>
      )}
    </div>
  );
}

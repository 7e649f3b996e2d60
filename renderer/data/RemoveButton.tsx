import { useState } from 'react';
import { zh } from '../../core/zh';

const t = zh.dataPanel;

/** × for a row of 数据: asks again in the row, then removes; says why when it is refused (a formula uses it). */
export function RemoveButton({
  name,
  disabled,
  onRemove,
}: {
  name: string;
  disabled: boolean;
  onRemove: () => Promise<string | null>;
}) {
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const remove = async () => {
    setConfirming(false);
    setMessage(await onRemove());
  };
  return (
    <>
      {confirming ? (
        <span className="data-confirm">
          {t.confirmRemove}
          <button type="button" className="danger" onClick={() => void remove()}>
            {t.remove}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {zh.start.cancel}
          </button>
        </span>
      ) : (
        <button
          type="button"
          className="data-remove"
          disabled={disabled}
          title={t.removeTitle(name)}
          aria-label={t.removeTitle(name)}
          onClick={() => setConfirming(true)}
        >
          ×
        </button>
      )}
      {message && (
        <span className="data-cell-error" role="alert">
          {message}
        </span>
      )}
    </>
  );
}

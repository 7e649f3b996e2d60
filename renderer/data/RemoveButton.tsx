import { useState } from 'react';
import { zh } from '../../core/zh';
import type { Removal } from './data-store';

const t = zh.dataPanel;

type Step = 'idle' | 'confirming' | { inUse: string } | { refused: string };

/**
 * × for a row of 数据: asks again in the row, then removes. An item a chart, a formula or the
 * text uses is not removed at once: the row names those places and offers 仍然删除.
 */
export function RemoveButton({
  name,
  disabled,
  onRemove,
}: {
  name: string;
  disabled: boolean;
  onRemove: (force: boolean) => Promise<Removal>;
}) {
  const [step, setStep] = useState<Step>('idle');
  const remove = async (force: boolean) => {
    setStep('idle');
    const refused = await onRemove(force);
    if (refused) setStep(refused.inUse && !force ? { inUse: refused.message } : { refused: refused.message });
  };
  const cancel = (
    <button type="button" onClick={() => setStep('idle')}>
      {zh.start.cancel}
    </button>
  );
  if (step === 'confirming')
    return (
      <span className="data-confirm">
        {t.confirmRemove}
        <button type="button" className="danger" onClick={() => void remove(false)}>
          {t.remove}
        </button>
        {cancel}
      </span>
    );
  if (typeof step === 'object' && 'inUse' in step)
    return (
      <span className="data-confirm" role="alert">
        {t.inUse(step.inUse)}
        <button type="button" className="danger" onClick={() => void remove(true)}>
          {t.removeAnyway}
        </button>
        {cancel}
      </span>
    );
  return (
    <>
      <button
        type="button"
        className="data-remove"
        disabled={disabled}
        title={t.removeTitle(name)}
        aria-label={t.removeTitle(name)}
        onClick={() => setStep('confirming')}
      >
        ×
      </button>
      {typeof step === 'object' && (
        <span className="data-cell-error" role="alert">
          {step.refused}
        </span>
      )}
    </>
  );
}

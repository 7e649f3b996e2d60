import { type FormEvent, useState } from 'react';

export interface AddField<K extends string> {
  key: K;
  label: string;
  placeholder: string;
  className?: string;
  /** Must be filled before the form is sent. */
  required?: boolean;
}

/**
 * A one-line form that adds a row to 数据 (a quantity, an indicator): what was typed stays until
 * it is added, and a refusal shows its Chinese reason under the form.
 */
export function AddForm<K extends string>({
  fields,
  button,
  className,
  disabled,
  requiredMessage,
  onAdd,
}: {
  fields: readonly AddField<K>[];
  button: string;
  className: string;
  disabled: boolean;
  requiredMessage: string;
  /** Adds the trimmed values; resolves to null when added, or why not. */
  onAdd: (values: Record<K, string>) => Promise<string | null>;
}) {
  const empty = () => Object.fromEntries(fields.map((f) => [f.key, ''])) as Record<K, string>;
  const [values, setValues] = useState(empty);
  const [message, setMessage] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const trimmed = Object.fromEntries(fields.map((f) => [f.key, values[f.key].trim()])) as Record<K, string>;
    if (fields.some((f) => f.required && !trimmed[f.key])) return setMessage(requiredMessage);
    const problem = await onAdd(trimmed);
    setMessage(problem);
    if (!problem) setValues(empty());
  };

  return (
    <form className={`data-add ${className}`} onSubmit={(e) => void submit(e)}>
      {fields.map((f) => (
        <input
          key={f.key}
          aria-label={f.label}
          placeholder={f.placeholder}
          className={f.className}
          value={values[f.key]}
          disabled={disabled}
          onChange={(e) => setValues({ ...values, [f.key]: e.target.value })}
        />
      ))}
      <button type="submit" disabled={disabled}>
        {button}
      </button>
      {message && (
        <span className="data-cell-error" role="alert">
          {message}
        </span>
      )}
    </form>
  );
}

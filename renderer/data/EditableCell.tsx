import { useState } from 'react';

/**
 * A cell of the 数据 panel or sheet: shows the stored value until the user types; Enter or
 * leaving the cell saves. What cannot be saved stays in the cell, marked, with the reason in
 * Chinese under it, until it is fixed or Esc takes the cell back to the stored value.
 */
export function EditableCell({
  value,
  label,
  onCommit,
  disabled = false,
  numeric = false,
  placeholder,
}: {
  value: string;
  label: string;
  /** Saves the text; resolves to null when saved, or why it was refused. */
  onCommit: (text: string) => Promise<string | null>;
  disabled?: boolean;
  numeric?: boolean;
  /** Shown while the cell is empty (待填 for a value still to fill in). */
  placeholder?: string;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const commit = async () => {
    if (draft === null) return;
    if (draft === value) {
      setDraft(null);
      setMessage(null);
      return;
    }
    const problem = await onCommit(draft);
    setMessage(problem);
    if (!problem) setDraft(null);
  };

  return (
    <span className={numeric ? 'data-cell data-cell-number' : 'data-cell'}>
      <input
        aria-label={label}
        value={draft ?? value}
        placeholder={placeholder}
        disabled={disabled}
        aria-invalid={message ? true : undefined}
        inputMode={numeric ? 'decimal' : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => void commit()}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
            e.preventDefault();
            void commit();
          } else if (e.key === 'Escape' && draft !== null) {
            // Only this cell goes back: the panel or sheet around it stays open.
            e.preventDefault();
            setDraft(null);
            setMessage(null);
          }
        }}
      />
      {message && (
        <span className="data-cell-error" role="alert">
          {message}
        </span>
      )}
    </span>
  );
}

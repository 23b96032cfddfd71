import { useId, useState } from 'react';
import { FieldMessage } from './FieldMessage';

export type CommitResult = { ok: true } | { ok: false; message: string };

/**
 * A text field that commits on Enter or when it loses focus (one undo step per edit, not per
 * keystroke). A refused value stays in the field with the reason beside it; Escape restores the
 * stored value.
 */
export function CommitField({
  label,
  value,
  onCommit,
  multiline = false,
  type = 'text',
  placeholder,
  autoFocus = false,
}: {
  label: string;
  value: string;
  onCommit: (value: string) => CommitResult;
  multiline?: boolean;
  type?: 'text' | 'url' | 'date';
  placeholder?: string;
  autoFocus?: boolean;
}) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [stored, setStored] = useState(value);
  const [message, setMessage] = useState<string | null>(null);
  if (stored !== value) {
    // The stored value changed (undo, another field, another tab): show it.
    setStored(value);
    setDraft(value);
    setMessage(null);
  }
  const commit = () => {
    if (draft === value) {
      setMessage(null);
      return;
    }
    const result = onCommit(draft);
    setMessage(result.ok ? null : result.message);
  };
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape') {
      setDraft(value);
      setMessage(null);
    }
  };
  const common = {
    id,
    value: draft,
    placeholder,
    autoFocus,
    'aria-invalid': message !== null,
    'aria-describedby': message !== null ? `${id}-message` : undefined,
    onBlur: commit,
    onKeyDown,
  };
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => setDraft(e.target.value)} />
      ) : (
        <input {...common} type={type} onChange={(e) => setDraft(e.target.value)} />
      )}
      <FieldMessage message={message} id={`${id}-message`} />
    </div>
  );
}

import { useEffect, useId, useRef, useState } from 'react';

/**
 * Keyboard-first entry: type a name, Enter adds it and the field is ready for the next one; Enter on an
 * empty field moves on to the next question. It takes the focus when it appears (each question has its own).
 */
export function QuickEntry({
  label,
  placeholder,
  onAdd,
  onNext,
}: {
  label: string;
  placeholder: string;
  onAdd: (text: string) => boolean;
  onNext: () => void;
}) {
  const [text, setText] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const inputId = useId();
  useEffect(() => {
    inputRef.current?.focus();
  }, []);
  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const name = text.trim();
    if (name === '') onNext();
    else if (onAdd(name)) setText('');
  };
  return (
    <div className="quick-entry">
      <label htmlFor={inputId} className="quick-entry__label">
        {label}
      </label>
      <input
        ref={inputRef}
        id={inputId}
        type="text"
        value={text}
        placeholder={placeholder}
        maxLength={300}
        aria-describedby={hintId}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <p id={hintId} className="quick-entry__hint">
        <kbd>Enter</kbd> adds it · <kbd>Enter</kbd> on an empty line goes to the next question
      </p>
    </div>
  );
}

import { useEffect, useRef, useState } from 'react';
import { NODE_KINDS, type NodeKind } from '../../domain/records/states';
import { KIND_ICON } from '../shared/kindIcon';
import { KIND_NAME } from '../../domain/words';

/**
 * The popover a double-click on the canvas opens: pick a kind (buttons or keys 1–4), type the
 * label, Enter adds the node where the double-click was. Escape closes.
 */
export function QuickAdd({
  at,
  onAdd,
  onClose,
}: {
  /** Where to show the popover, in pixels inside the canvas. */
  at: { x: number; y: number };
  onAdd: (kind: NodeKind, label: string) => void;
  onClose: () => void;
}) {
  const [kind, setKind] = useState<NodeKind>('approver');
  const [label, setLabel] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => inputRef.current?.focus(), []);

  const submit = () => onAdd(kind, label.trim());
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
      return;
    }
    if (event.key === 'Enter') {
      event.preventDefault();
      submit();
      return;
    }
    // 1–4 choose the kind while the label is still empty (afterwards digits are part of the label).
    const index = ['1', '2', '3', '4'].indexOf(event.key);
    const chosen = NODE_KINDS[index];
    if (chosen && label === '' && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      setKind(chosen);
    }
  };

  return (
    <div
      className="quick-add"
      role="dialog"
      aria-label="Add a node here"
      style={{ left: at.x, top: at.y }}
      onKeyDown={onKeyDown}
    >
      <div className="quick-add__kinds" role="radiogroup" aria-label="Kind">
        {NODE_KINDS.map((k, i) => {
          const Icon = KIND_ICON[k];
          return (
            <button
              key={k}
              type="button"
              role="radio"
              aria-checked={kind === k}
              className={`quick-add__kind quick-add__kind--${k}${kind === k ? ' is-on' : ''}`}
              onClick={() => {
                setKind(k);
                inputRef.current?.focus();
              }}
            >
              <Icon size={20} />
              {KIND_NAME[k]}
              <kbd>{i + 1}</kbd>
            </button>
          );
        })}
      </div>
      <label className="quick-add__label">
        <span>Label</span>
        <input
          ref={inputRef}
          value={label}
          placeholder={`New ${KIND_NAME[kind].toLowerCase()}`}
          onChange={(e) => setLabel(e.target.value)}
        />
      </label>
      <div className="quick-add__actions">
        <button type="button" className="button button--primary" onClick={submit}>
          Add {KIND_NAME[kind].toLowerCase()}
        </button>
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </div>
  );
}

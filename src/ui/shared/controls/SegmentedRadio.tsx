import { useId } from 'react';

interface Option<T extends string | number> {
  value: T;
  label: string;
}

/**
 * A row of radio buttons that looks like a segmented control. Native radios inside a
 * role="radiogroup": arrow keys, focus and screen readers work as they should.
 */
export function SegmentedRadio<T extends string | number>({
  label,
  value,
  options,
  onChange,
  className,
}: {
  label: string;
  value: T;
  options: readonly Option<T>[];
  onChange: (value: T) => void;
  className?: string;
}) {
  const name = useId();
  const labelId = `${name}-label`;
  return (
    <div className={`field ${className ?? ''}`}>
      <span className="field__label" id={labelId}>
        {label}
      </span>
      <div className="segmented" role="radiogroup" aria-labelledby={labelId}>
        {options.map((option) => (
          <label
            key={String(option.value)}
            className={option.value === value ? 'segmented__option is-on' : 'segmented__option'}
          >
            <input
              type="radio"
              name={name}
              value={String(option.value)}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </div>
  );
}

import { shortcutKeys } from '../commandWords';

/** A shortcut as key caps ("Ctrl" "K"); screen readers hear "shortcut Ctrl+K". */
export function Keys({ shortcut }: { shortcut: string }) {
  return (
    <span className="keys">
      <span className="visually-hidden">shortcut {shortcut}</span>
      <span aria-hidden="true">
        {shortcutKeys(shortcut).map((key, i) => (
          <kbd key={i}>{key}</kbd>
        ))}
      </span>
    </span>
  );
}

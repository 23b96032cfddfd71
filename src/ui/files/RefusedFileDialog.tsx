import { useLayoutEffect, useRef } from 'react';
import type { FileError } from '../../domain/format/types';

/**
 * Shown when a file cannot be opened: the summary and every problem as `path: message`, in plain
 * text. The open map is untouched. Escape or Close dismisses it; focus moves into it and back.
 */
export function RefusedFileDialog({ error, onClose }: { error: FileError; onClose: () => void }) {
  const closeRef = useRef<HTMLButtonElement>(null);
  // In the commit that shows the dialog, before anything else can run: focus is never left behind it.
  useLayoutEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    closeRef.current?.focus();
    return () => previous?.focus();
  }, []);
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    } else if (event.key === 'Tab') {
      // One button to focus: keep focus inside the dialog.
      event.preventDefault();
      closeRef.current?.focus();
    }
  };
  return (
    <div className="dialog-backdrop">
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="refused-file-heading"
        aria-describedby="refused-file-summary"
        onKeyDown={onKeyDown}
      >
        <h2 id="refused-file-heading">This file could not be opened</h2>
        <p id="refused-file-summary" className="dialog__summary">
          {error.summary}
        </p>
        {error.problems.length > 0 && (
          <ul className="dialog__problems" aria-label="Problems">
            {error.problems.map((problem, i) => (
              <li key={i}>{problem.path === '' ? problem.message : `${problem.path}: ${problem.message}`}</li>
            ))}
          </ul>
        )}
        <p className="dialog__kept">The map you had open is unchanged.</p>
        <button ref={closeRef} type="button" className="button button--primary" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}

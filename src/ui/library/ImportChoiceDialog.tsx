import { useEffect, useRef } from 'react';
import type { ImportChoice } from '../../state/library/importPlan';
import type { PendingImport } from '../../state/library/types';

const named = (title: string, period: string) => `“${title}”${period ? ` (${period})` : ''}`;

/**
 * An opened file holds maps whose ids the library already uses for different maps. Nothing is written
 * until the user chooses: keep both (the file's maps get new ids) or replace the library's maps.
 */
export function ImportChoiceDialog({
  pending,
  onChoose,
}: {
  pending: PendingImport;
  onChoose: (choice: ImportChoice | 'cancel') => void;
}) {
  const keepRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    keepRef.current?.focus();
  }, []);
  const count = pending.collisions.length;
  return (
    <div className="dialog-backdrop">
      <div
        className="dialog dialog--question"
        role="dialog"
        aria-modal="true"
        aria-labelledby="import-choice-heading"
        aria-describedby="import-choice-summary"
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onChoose('cancel');
          }
        }}
      >
        <h2 id="import-choice-heading">
          {count === 1 ? 'This map is already in your library' : `${count} of these maps are already in your library`}
        </h2>
        <p id="import-choice-summary" className="dialog__summary">
          The file uses the same {count === 1 ? 'id as a map' : 'ids as maps'} you keep here, with different content.
          Nothing is changed until you choose.
        </p>
        <ul className="import-choice__list" aria-label="Maps with the same id">
          {pending.collisions.map((c) => (
            <li key={c.id}>
              In the file: <strong>{named(c.incomingTitle, c.incomingPeriod)}</strong> · in your library:{' '}
              <strong>{named(c.existingTitle, c.existingPeriod)}</strong>
            </li>
          ))}
        </ul>
        <div className="dialog__choices">
          <button ref={keepRef} type="button" className="button button--primary" onClick={() => onChoose('keep-both')}>
            Keep both
          </button>
          <button type="button" className="button button--danger" onClick={() => onChoose('replace')}>
            Replace mine with the file’s
          </button>
          <button type="button" className="button" onClick={() => onChoose('cancel')}>
            Cancel
          </button>
        </div>
        <p className="dialog__hint">Keep both: the file’s maps get new ids, yours stay exactly as they are.</p>
      </div>
    </div>
  );
}

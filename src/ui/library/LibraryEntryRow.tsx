import { useState } from 'react';
import type { LibraryEntry } from '../../state/library/libraryIndex';
import { formatScore } from '../shared/words';

export interface EntryActions {
  open: (id: string) => void;
  nextQuarter: (id: string) => void;
  compareWithOpen: (id: string) => void;
  rename: (id: string, title: string) => Promise<string | null>;
  duplicate: (id: string) => void;
  trash: (id: string) => void;
  restore: (id: string) => void;
  purge: (id: string) => void;
  exportSavedText: (id: string) => void;
}

/** How a map is named to a screen reader in its row's buttons: "Finance teams, 2026-Q3". */
const entryLabel = (entry: Pick<LibraryEntry, 'title' | 'period'>): string =>
  entry.period ? `${entry.title}, ${entry.period}` : entry.title;

function RenameForm({ entry, onDone, rename }: { entry: LibraryEntry; onDone: () => void; rename: EntryActions['rename'] }) {
  const [title, setTitle] = useState(entry.title);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <form
      className="library-entry__rename"
      onSubmit={(event) => {
        event.preventDefault();
        void rename(entry.id, title).then((message) => (message === null ? onDone() : setProblem(message)));
      }}
    >
      <label className="visually-hidden" htmlFor={`rename-${entry.id}`}>
        New title for {entryLabel(entry)}
      </label>
      <input
        id={`rename-${entry.id}`}
        value={title}
        maxLength={200}
        autoFocus
        onChange={(e) => setTitle(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onDone();
          }
        }}
        aria-invalid={problem !== null}
      />
      <button type="submit" className="button button--small button--primary">
        Save title
      </button>
      <button type="button" className="button button--small" onClick={onDone}>
        Cancel
      </button>
      {problem && <span className="library-entry__problem">{problem}</span>}
    </form>
  );
}

/** One map of the library: what it is, how obvious its decision is, and what can be done with it. */
export function LibraryEntryRow({ entry, isOpen, actions }: { entry: LibraryEntry; isOpen: boolean; actions: EntryActions }) {
  const [renaming, setRenaming] = useState(false);
  const [confirmPurge, setConfirmPurge] = useState(false);
  const name = entryLabel(entry);
  const trashed = entry.trashedAt !== undefined;
  const refused = entry.refused !== undefined;
  const small = (label: string, text: string, run: () => void, extra = '') => (
    <button type="button" className={`button button--small ${extra}`} aria-label={`${label} ${name}`} onClick={run}>
      {text}
    </button>
  );
  const purgeButton = confirmPurge
    ? small('Confirm: delete for good', 'Confirm delete for good', () => actions.purge(entry.id), 'button--danger')
    : small('Delete for good', 'Delete for good…', () => setConfirmPurge(true), 'button--danger');

  return (
    <li className={`library-entry${isOpen ? ' is-open' : ''}${refused ? ' is-refused' : ''}`}>
      <div className="library-entry__main">
        <span className="library-entry__period">{entry.period || 'No period'}</span>
        {renaming ? (
          <RenameForm entry={entry} rename={actions.rename} onDone={() => setRenaming(false)} />
        ) : (
          <span className="library-entry__title">{entry.title}</span>
        )}
        {isOpen && <span className="badge library-entry__open-badge">Open now</span>}
      </div>
      {refused ? (
        <p className="library-entry__refused">
          <strong>Could not be opened:</strong> {entry.refused} Its saved text is kept as it was.
        </p>
      ) : (
        <p className="library-entry__facts">
          <span>
            Obviousness <strong>{formatScore(entry.score)}</strong>
          </span>
          <span>Constraint: {entry.constraint ?? 'none'}</span>
        </p>
      )}
      <div className="library-entry__actions">
        {trashed ? (
          <>
            {small('Restore', 'Restore', () => actions.restore(entry.id), 'button--primary')}
            {purgeButton}
          </>
        ) : refused ? (
          <>
            {small('Export the saved text of', 'Export saved text', () => actions.exportSavedText(entry.id), 'button--primary')}
            {purgeButton}
          </>
        ) : (
          <>
            {!isOpen && small('Open', 'Open', () => actions.open(entry.id), 'button--primary')}
            {small('Start next quarter from', 'Next quarter', () => actions.nextQuarter(entry.id))}
            {!isOpen && small('Compare with the open map:', 'Compare', () => actions.compareWithOpen(entry.id))}
            {!renaming && small('Rename', 'Rename', () => setRenaming(true))}
            {small('Duplicate', 'Duplicate', () => actions.duplicate(entry.id))}
            {small('Delete', 'Delete', () => actions.trash(entry.id))}
          </>
        )}
      </div>
    </li>
  );
}

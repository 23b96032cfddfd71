import type { ConflictChoice, TabConflict } from '../../state/library/types';

/**
 * Another tab saved the map open here while this tab has unsaved changes. Autosave waits: nothing is
 * overwritten until the user chooses.
 */
export function TabConflictNotice({ conflict, onChoose }: { conflict: TabConflict; onChoose: (choice: ConflictChoice) => void }) {
  return (
    <div
      className="tab-conflict"
      role="alertdialog"
      aria-labelledby="tab-conflict-heading"
      aria-describedby="tab-conflict-text"
    >
      <h2 id="tab-conflict-heading">“{conflict.title}” was changed in another tab</h2>
      <p id="tab-conflict-text">
        This tab has changes that are not saved. Nothing is overwritten until you choose.
      </p>
      <div className="tab-conflict__choices">
        <button type="button" className="button button--primary" onClick={() => onChoose('theirs')}>
          Show the other tab’s version
        </button>
        <button type="button" className="button" onClick={() => onChoose('keep-mine-as-copy')}>
          Keep mine as a separate map
        </button>
        <button type="button" className="button button--danger" onClick={() => onChoose('overwrite')}>
          Overwrite with mine
        </button>
      </div>
    </div>
  );
}

import { useId, useState } from 'react';
import type { WorkbenchStore } from '../../state/store/types';
import { shareMapLive } from '../shareLive';
import { LiveDialog } from './LiveDialog';

interface SharePanelProps {
  store: WorkbenchStore;
  /** The sync server offered (the one used last, or the default). */
  defaultSync: string;
  onClose: () => void;
}

/** Share live, before a session exists: the server to use, then Start (creates the room, copies its link). */
export function SharePanel({ store, defaultSync, onClose }: SharePanelProps) {
  const [sync, setSync] = useState(defaultSync);
  const [key, setKey] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const fieldId = useId();
  const keyId = useId();
  const start = () => {
    setStarting(true);
    setProblem(null);
    shareMapLive(store, sync.trim(), key)
      .then((refused) => {
        // On success the page is already opening the room's link.
        if (refused) {
          setProblem(refused);
          setStarting(false);
        }
      })
      .catch(() => {
        setProblem('The live session could not be started in this browser.');
        setStarting(false);
      });
  };
  return (
    <>
      <button type="button" className="live-button" aria-haspopup="dialog" aria-expanded="true" disabled>
        Share live
      </button>
      <LiveDialog title="Share this map live" onClose={onClose}>
        <p className="live-dialog__text">
          Everyone who opens the link edits this map with you, live. You get a view-only link too. The live
          map is kept on the sync server and in each browser that joins; your own copy in this browser stays
          as it is now.
        </p>
        <form
          className="live-dialog__form"
          onSubmit={(event) => {
            event.preventDefault();
            start();
          }}
        >
          <label htmlFor={fieldId}>Sync server</label>
          <input
            id={fieldId}
            className="live-dialog__input"
            value={sync}
            onChange={(event) => setSync(event.target.value)}
            spellCheck={false}
          />
          <label htmlFor={keyId}>Key</label>
          <input
            id={keyId}
            className="live-dialog__input"
            type="password"
            value={key}
            onChange={(event) => setKey(event.target.value)}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={problem !== null}
            aria-describedby={`${keyId}-help${problem ? ` ${fieldId}-problem` : ''}`}
          />
          <p id={`${keyId}-help`} className="live-dialog__note">
            The sync server’s key (whoever runs the server has it), or an edit link to an empty room made for
            you.
          </p>
          {problem && (
            <p id={`${fieldId}-problem`} className="live-dialog__problem" role="alert">
              {problem}
            </p>
          )}
          <div className="live-dialog__actions">
            <button type="submit" className="button button--primary" disabled={starting}>
              {starting ? 'Starting…' : 'Start live session'}
            </button>
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
          </div>
        </form>
      </LiveDialog>
    </>
  );
}

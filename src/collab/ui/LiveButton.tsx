import { memo, useState, useSyncExternalStore } from 'react';
import { workbenchStore } from '../../ui/shared/appStore';
import { getLivePanel, subscribeLivePanel } from '../liveSlot';
import './collab.css';

const inRoom = () => typeof window !== 'undefined' && new URLSearchParams(window.location.search).has('room');

/**
 * The top bar's live-session corner. Until a session starts it is just the Share live button (no Yjs
 * loaded); pressing it loads src/collab and opens the Share live dialog. In a session, the session's
 * panel (presence, status, links) shows here instead.
 */
export const LiveButton = memo(function LiveButton() {
  const panel = useSyncExternalStore(subscribeLivePanel, getLivePanel);
  const [loading, setLoading] = useState(false);
  // Read once: parsing the address on every render of the top bar cost more than the rest of it.
  const [joining] = useState(inRoom);
  if (panel) return panel;
  if (joining)
    return (
      <p className="live-status" role="status">
        Joining the live session…
      </p>
    );
  const open = () => {
    setLoading(true);
    import('../goLive')
      .then(({ openShareLive }) => openShareLive(workbenchStore))
      .catch(() =>
        workbenchStore.getState().setNotice({
          tone: 'error',
          text: 'Share live could not be loaded: check the connection and try again.',
        }),
      )
      .finally(() => setLoading(false));
  };
  return (
    <button type="button" className="live-button" aria-haspopup="dialog" disabled={loading} onClick={open}>
      Share live
    </button>
  );
});

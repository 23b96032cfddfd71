import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { indexedDbStorage } from './state/persistence/indexedDbStorage';
import { browserTabChannel } from './state/persistence/tabChannel';
import { App } from './ui/App';
import { workbenchStore } from './ui/shared/appStore';

/** Mounts the workbench and starts keeping its maps. Loaded by main.tsx once zod is configured. */
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

async function fetchSample(): Promise<string> {
  const response = await fetch(`${import.meta.env.BASE_URL}sample-map.json`);
  if (!response.ok) throw new Error(`the sample map could not be fetched (HTTP ${response.status})`);
  return response.text();
}

/** The maps kept in this browser (IndexedDB), saved at once when the page is hidden. */
function keepMapsInThisBrowser(): void {
  void workbenchStore
    .getState()
    .startLibrary({ storage: indexedDbStorage(), loadSample: fetchSample, channel: browserTabChannel() });
  const onHide = () => {
    if (document.visibilityState === 'hidden') void workbenchStore.getState().saveNow();
  };
  window.addEventListener('pagehide', onHide);
  document.addEventListener('visibilitychange', onHide);
}

if (new URLSearchParams(window.location.search).has('room')) {
  // A live session (docs/collab.md): src/collab and Yjs load only now, and the maps kept in this
  // browser are left as they are — unless the link cannot be used.
  void import('./collab/goLive')
    .then(({ joinLiveSessionFromPage }) => joinLiveSessionFromPage(workbenchStore))
    .catch(() => false)
    .then((joined) => {
      if (!joined) keepMapsInThisBrowser();
    });
} else {
  keepMapsInThisBrowser();
}

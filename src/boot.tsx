import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initPersistence } from './state/persistence/persistence';
import { workbenchStore } from './ui/shared/appStore';
import { App } from './ui/App';

/** Mounts the workbench and starts keeping its maps. Loaded by main.tsx once zod is configured. */
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
if (new URLSearchParams(window.location.search).has('room')) {
  // A live session (docs/collab.md): src/collab and Yjs load only now, and the maps kept in this
  // browser are left as they are — unless the link cannot be used.
  void import('./collab/goLive')
    .then(({ joinLiveSessionFromPage }) => joinLiveSessionFromPage(workbenchStore))
    .catch(() => false)
    .then((joined) => {
      if (!joined) initPersistence(workbenchStore);
    });
} else {
  initPersistence(workbenchStore);
}

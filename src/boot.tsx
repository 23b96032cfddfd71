import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initPersistence } from './state/persistence';
import { workbenchStore } from './state/store';
import { App } from './ui/App';

/** Mounts the workbench and starts keeping its maps. Loaded by main.tsx once zod is configured. */
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
initPersistence(workbenchStore);

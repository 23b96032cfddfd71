// First import: zod is told not to compile validators (CSP script-src 'self') before any schema exists.
import './zodConfig';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initPersistence } from './state/persistence';
import { workbenchStore } from './state/store';
import { App } from './ui/App';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
initPersistence(workbenchStore);

// The bare React Flow page of the browser benchmark (BareFlow.tsx); built only by bench/browser/build.ts.
import { createRoot } from 'react-dom/client';
import { ReactFlowProvider } from '@xyflow/react';
import { BareFlow } from './BareFlow';

const root = document.getElementById('root');
if (!root) throw new Error('The bare page has no #root element.');
createRoot(root).render(
  <ReactFlowProvider>
    <BareFlow />
  </ReactFlowProvider>,
);

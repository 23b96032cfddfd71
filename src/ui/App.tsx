import { lazy, Suspense, useCallback } from 'react';
import { useWorkbench } from './shared/appStore';
import { Canvas } from './canvas/Canvas';
import { FileInput } from './files/FileInput';
import { LibraryLayer } from './LibraryLayer';
import { NoticeToast } from './NoticeToast';
import { WorkshopLayer } from './WorkshopLayer';
import { SidePanel } from './SidePanel';
import { TopBar } from './TopBar';
import { useShortcuts } from './useShortcuts';
import './app.css';
import './canvas.css';
import './panels.css';

// A refused file is rare: its dialog comes in its own chunk, fetched when a file is refused.
const RefusedFileDialog = lazy(() =>
  import('./files/RefusedFileDialog').then((m) => ({ default: m.RefusedFileDialog })),
);

/** The workbench: top bar, canvas, side panel; the refused-file dialog and notices above them. */
export function App() {
  useShortcuts();
  const fileError = useWorkbench((s) => s.fileError);
  const notice = useWorkbench((s) => s.notice);
  const loading = useWorkbench((s) => s.loading);
  // Present, walkthrough and brief cover the workbench: it stays mounted (the canvas keeps its view) but inert.
  const covered = useWorkbench((s) => s.workshopScreen !== null);
  const setFileError = useWorkbench((s) => s.setFileError);
  const setNotice = useWorkbench((s) => s.setNotice);
  const closeDialog = useCallback(() => setFileError(null), [setFileError]);
  const dismissNotice = useCallback(() => setNotice(null), [setNotice]);
  return (
    <>
      <div className="app" inert={covered}>
        <TopBar />
        <main className="workspace" aria-busy={loading}>
          <Canvas />
          <SidePanel />
        </main>
        <FileInput />
        <LibraryLayer />
        <NoticeToast notice={notice} onDismiss={dismissNotice} />
        {fileError && (
          <Suspense fallback={null}>
            <RefusedFileDialog error={fileError} onClose={closeDialog} />
          </Suspense>
        )}
      </div>
      <WorkshopLayer />
    </>
  );
}

import { lazy, Suspense, useCallback } from 'react';
import { useWorkbench } from './shared/appStore';
import { Canvas } from './canvas/Canvas';
import { FileInput } from './files/FileInput';
import { NoticeToast } from './NoticeToast';
import { SidePanel } from './SidePanel';
import { TopBar } from './TopBar';
import { useShortcuts } from './useShortcuts';
import { useFetchOnFirstInput } from './shared/useFetchOnFirstInput';
import './app.css';
import './canvas.css';
import './panels.css';
// The library layer's styles stay with the first paint's: only its code waits for it to open.
import './library/library.css';

// A refused file is rare: its dialog comes in its own chunk, fetched when a file is refused.
const RefusedFileDialog = lazy(() =>
  import('./files/RefusedFileDialog').then((m) => ({ default: m.RefusedFileDialog })),
);

// Workshop mode (its screens, the what-if, the palette, help, templates, show of hands) and the library's
// layer (its drawer, questions, compare and history) are fetched when the visitor first presses a pointer
// or a key, before the click or shortcut that opens one of them; each of those still comes in its own
// chunk, fetched when it opens.
const loadWorkshopLayer = () => import('./WorkshopLayer');
const loadLibraryLayer = () => import('./LibraryLayer');
const WorkshopLayer = lazy(() => loadWorkshopLayer().then((m) => ({ default: m.WorkshopLayer })));
const LibraryLayer = lazy(() => loadLibraryLayer().then((m) => ({ default: m.LibraryLayer })));
const fetchLayers = () => void Promise.all([loadWorkshopLayer(), loadLibraryLayer()]);

/** The workbench: top bar, canvas, side panel; the refused-file dialog and notices above them. */
export function App() {
  useShortcuts();
  const fileError = useWorkbench((s) => s.fileError);
  const notice = useWorkbench((s) => s.notice);
  const loading = useWorkbench((s) => s.loading);
  // Present, walkthrough and brief cover the workbench: it stays mounted (the canvas keeps its view) but inert.
  const covered = useWorkbench((s) => s.workshopScreen !== null);
  const workshopOpen = useWorkbench(
    (s) => s.workshopScreen !== null || s.overlay !== null || s.whatIf !== null,
  );
  const libraryOpen = useWorkbench(
    ({ library }) =>
      library.view.kind !== 'canvas' ||
      library.drawerOpen ||
      library.pendingImport !== null ||
      library.conflict !== null,
  );
  const setFileError = useWorkbench((s) => s.setFileError);
  const setNotice = useWorkbench((s) => s.setNotice);
  const closeDialog = useCallback(() => setFileError(null), [setFileError]);
  const dismissNotice = useCallback(() => setNotice(null), [setNotice]);
  useFetchOnFirstInput(fetchLayers);
  return (
    <>
      <div className="app" inert={covered}>
        <TopBar />
        <main className="workspace" aria-busy={loading}>
          <Canvas />
          <SidePanel />
        </main>
        <FileInput />
        {libraryOpen && (
          <Suspense fallback={null}>
            <LibraryLayer />
          </Suspense>
        )}
        <NoticeToast notice={notice} onDismiss={dismissNotice} />
        {fileError && (
          <Suspense fallback={null}>
            <RefusedFileDialog error={fileError} onClose={closeDialog} />
          </Suspense>
        )}
      </div>
      {workshopOpen && (
        <Suspense fallback={null}>
          <WorkshopLayer />
        </Suspense>
      )}
    </>
  );
}

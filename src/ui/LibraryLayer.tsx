import { lazy, Suspense } from 'react';
import { useWorkbench, workbenchStore } from './shared/appStore';

// The drawer, the import question, compare and history come in their own chunks, fetched the first time one of them opens.
const LibraryDrawer = lazy(() =>
  import('./library/LibraryDrawer').then((m) => ({ default: m.LibraryDrawer })),
);
const ImportChoiceDialog = lazy(() =>
  import('./library/ImportChoiceDialog').then((m) => ({ default: m.ImportChoiceDialog })),
);
const TabConflictNotice = lazy(() =>
  import('./library/TabConflictNotice').then((m) => ({ default: m.TabConflictNotice })),
);
const QuartersView = lazy(() => import('./quarters/QuartersView').then((m) => ({ default: m.QuartersView })));

/** Everything the library adds over the workbench: the drawer, its questions, and the compare and history views. */
export function LibraryLayer() {
  const drawerOpen = useWorkbench((s) => s.library.drawerOpen);
  const setDrawerOpen = useWorkbench((s) => s.setDrawerOpen);
  const view = useWorkbench((s) => s.library.view);
  const pendingImport = useWorkbench((s) => s.library.pendingImport);
  const conflict = useWorkbench((s) => s.library.conflict);
  return (
    <>
      {view.kind !== 'canvas' && (
        <Suspense fallback={<div className="quarters quarters--loading">Loading…</div>}>
          <QuartersView view={view} />
        </Suspense>
      )}
      {drawerOpen && (
        <Suspense fallback={null}>
          <LibraryDrawer onClose={() => setDrawerOpen(false)} />
        </Suspense>
      )}
      {pendingImport && (
        <Suspense fallback={null}>
          <ImportChoiceDialog
            pending={pendingImport}
            onChoose={(choice) => void workbenchStore.getState().resolveImport(choice)}
          />
        </Suspense>
      )}
      {conflict && (
        <Suspense fallback={null}>
          <TabConflictNotice
            conflict={conflict}
            onChoose={(choice) => void workbenchStore.getState().resolveConflict(choice)}
          />
        </Suspense>
      )}
    </>
  );
}

import * as Y from 'yjs';
import type { HistoryActions, WorkbenchStore } from '../state/store/types';
import type { MapBinding } from './binding';

/** A drag merges into one undo step for as long as it lasts. */
const WHOLE_DRAG = Number.MAX_SAFE_INTEGER;

export interface PersonalUndo {
  undoManager: Y.UndoManager;
  /** Gives undo back to zundo (with an empty history: the live steps mean nothing outside the session). */
  dispose: () => void;
}

/**
 * Per-person undo while live. zundo's undo would put back a whole earlier map, wiping everyone else's
 * edits since; Y.UndoManager undoes only this person's own transactions (the binding's origin) and
 * never overwrites a field someone else changed after them.
 *
 * The store's `undo`, `redo`, `beginDrag` and `endDrag` actions are swapped for ones that use the
 * UndoManager, so the toolbar, the shortcuts and the commands use it without knowing. zundo is paused
 * for the session; its past/future lists only mirror the sizes of the UndoManager's stacks, so that
 * `canUndo` / `canRedo` everywhere stay true to this person's own history.
 */
export function bindPersonalUndo(store: WorkbenchStore, binding: MapBinding): PersonalUndo {
  const { fields, nodes, edges, plan } = binding.doc;
  const undoManager = new Y.UndoManager([fields, nodes, edges, plan], {
    trackedOrigins: new Set([binding.origin]),
    // Every store action is one transaction, so one step; only a drag (below) spans several.
    captureTimeout: 0,
  });
  const original: Pick<HistoryActions, 'undo' | 'redo' | 'beginDrag' | 'endDrag'> = (({ undo, redo, beginDrag, endDrag }) => ({
    undo,
    redo,
    beginDrag,
    endDrag,
  }))(store.getState());
  const temporal = store.temporal;

  const mirror = () => {
    const history = temporal.getState();
    if (history.isTracking) history.pause();
    const past = undoManager.undoStack.length;
    const future = undoManager.redoStack.length;
    if (history.pastStates.length === past && history.futureStates.length === future) return;
    const step = { map: store.getState().map };
    temporal.setState({
      pastStates: Array.from({ length: past }, () => step),
      futureStates: Array.from({ length: future }, () => step),
    });
  };

  const stepThrough = (run: () => void) => {
    store.getState().endDrag();
    run();
    binding.flush('undo'); // the undone map is in the store before the command returns
  };

  store.setState({
    undo: () => stepThrough(() => undoManager.undo()),
    redo: () => stepThrough(() => undoManager.redo()),
    beginDrag: () => {
      original.beginDrag();
      undoManager.stopCapturing();
      undoManager.captureTimeout = WHOLE_DRAG;
    },
    endDrag: () => {
      original.endDrag();
      undoManager.captureTimeout = 0;
      undoManager.stopCapturing();
      mirror();
    },
  });

  temporal.getState().clear();
  mirror();
  const unsubscribe = temporal.subscribe(mirror);
  undoManager.on('stack-item-added', mirror);
  undoManager.on('stack-item-popped', mirror);
  undoManager.on('stack-cleared', mirror);

  return {
    undoManager,
    dispose: () => {
      unsubscribe();
      undoManager.destroy();
      store.setState(original);
      temporal.getState().clear();
      temporal.getState().resume();
    },
  };
}

import type { HistoryActions } from '../types';
import { selectionWithin } from '../../../domain/edits/selection';
import type { SliceContext, SliceCreator } from './sliceTypes';

/** How many steps undo remembers. */
export const HISTORY_LIMIT = 200;

/**
 * Undo and redo over the map (zundo's temporal store), and drags as single steps: `beginDrag` pauses
 * tracking and remembers the map; `endDrag` resumes and records that one map as the step before, so a
 * drag of a hundred frames is undone in one go. (Chosen over throttling `handleSet`: a slow drag would
 * otherwise split into several steps, a fast edit after a drag could merge with it.)
 *
 * `batch(edit)` makes the edits of one function one step the same way. It goes through the store's
 * `beginDrag`/`endDrag` actions rather than around them, so that a live session, which swaps those two
 * for its per-person undo (src/collab/personalUndo.ts), groups a batch too.
 */
export const createHistorySlice =
  (context: SliceContext): SliceCreator<HistoryActions> =>
  (set, get) => {
    const keepSelectionValid = () => {
      const { map, selection, pickingFor } = get();
      const kept = selectionWithin(map, selection);
      const picking = pickingFor !== null && !map.plan.some((p) => p.id === pickingFor) ? null : pickingFor;
      if (kept !== selection || picking !== pickingFor) set({ selection: kept, pickingFor: picking });
    };
    return {
      undo: () => {
        get().endDrag();
        context.history().getState().undo();
        keepSelectionValid();
      },
      redo: () => {
        get().endDrag();
        context.history().getState().redo();
        keepSelectionValid();
      },
      beginDrag: () => {
        if (context.drag.start) return;
        context.drag.start = get().map;
        context.history().getState().pause();
      },
      endDrag: () => {
        const start = context.drag.start;
        if (!start) return;
        context.drag.start = null;
        const history = context.history();
        history.getState().resume();
        if (get().map === start) return;
        history.setState((h) => ({
          pastStates: [...h.pastStates, { map: start }].slice(-HISTORY_LIMIT),
          futureStates: [],
        }));
      },
      batch: (edit) => {
        // Inside a drag or another batch, the edits already belong to that one step.
        if (context.drag.start) return edit();
        get().beginDrag();
        try {
          return edit();
        } finally {
          get().endDrag();
        }
      },
    };
  };

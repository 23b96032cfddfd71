import { findNode } from '../../state/selectors';
import type { WorkbenchStore } from '../../state/types';
import { statePatch, whatIfChanges } from '../../domain/edits/whatIf';

/**
 * Runs `edit` so that every map change it makes is ONE undo step (the history's begin/end pair that a
 * drag uses: changes in between are recorded as a single entry).
 */
export function asOneUndoStep<T>(store: WorkbenchStore, edit: () => T): T {
  const state = store.getState();
  state.beginDrag();
  try {
    return edit();
  } finally {
    store.getState().endDrag();
  }
}

/**
 * Keeps the what-if: its states become the map's, as one undo step, and the what-if closes. Returns how
 * many nodes changed; a refused change (the node changed meanwhile) is reported as a notice.
 */
export function keepWhatIf(store: WorkbenchStore): number {
  const { map, whatIf } = store.getState();
  if (whatIf === null) return 0;
  const changes = whatIfChanges(map, whatIf);
  let kept = 0;
  asOneUndoStep(store, () => {
    for (const { node, value } of changes) {
      const current = findNode(store.getState().map, node.id);
      if (!current) continue;
      const result = store.getState().updateNode(node.id, statePatch(current, value));
      if (result.ok) kept++;
      else store.getState().setNotice({ tone: 'warning', text: result.message });
    }
  });
  store.getState().setWhatIf(null);
  return kept;
}

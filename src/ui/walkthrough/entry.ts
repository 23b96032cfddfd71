import { nextFreePosition } from '../../domain/layout/columns';
import type { NodeKind } from '../../domain/records/states';
import type { WorkbenchStore } from '../../state/types';
import { asOneUndoStep } from '../whatif/keepWhatIf';

/**
 * Adds a node the room just named, below the others of its kind, and links it to the approver the
 * question is about (requires, fears or burdens, whichever the kinds call for): one undo step.
 * Returns the new node's id, or null when it was refused (the store says why in a notice).
 */
export function addNamedNode(
  store: WorkbenchStore,
  kind: NodeKind,
  label: string,
  approverId?: string,
): string | null {
  return asOneUndoStep(store, () => {
    const state = store.getState();
    const id = state.addNode(kind, { label, position: nextFreePosition(state.map.nodes, kind) });
    if (id === null || approverId === undefined) return id;
    const linked = store.getState().connect(approverId, id);
    if (!linked.ok) store.getState().setNotice({ tone: 'warning', text: linked.message });
    return id;
  });
}

/** Links or unlinks an approver and a node already on the map. */
export function toggleNeed(store: WorkbenchStore, approverId: string, nodeId: string): void {
  const state = store.getState();
  const edge = state.map.edges.find(
    (e) =>
      (e.source === approverId && e.target === nodeId) || (e.source === nodeId && e.target === approverId),
  );
  if (edge) {
    state.deleteEdge(edge.id);
    return;
  }
  const linked = state.connect(approverId, nodeId);
  if (!linked.ok) state.setNotice({ tone: 'warning', text: linked.message });
}

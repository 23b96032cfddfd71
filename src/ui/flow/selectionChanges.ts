import type { EdgeChange, NodeChange } from '@xyflow/react';
import type { Selection } from '../../domain/edits/types';

/**
 * Applies React Flow's selection changes to the store's selection. Plan item cards are nodes to
 * React Flow but plan items to the store; plan links are not selectable.
 */
export function selectionAfterChanges(
  selection: Selection,
  nodeChanges: readonly NodeChange[],
  edgeChanges: readonly EdgeChange[],
  isPlanItem: (id: string) => boolean,
): Selection | null {
  let nodes: Set<string> | null = null;
  let planItems: Set<string> | null = null;
  let edges: Set<string> | null = null;
  for (const change of nodeChanges) {
    if (change.type !== 'select') continue;
    if (isPlanItem(change.id)) {
      planItems ??= new Set(selection.planItems);
      if (change.selected) planItems.add(change.id);
      else planItems.delete(change.id);
    } else {
      nodes ??= new Set(selection.nodes);
      if (change.selected) nodes.add(change.id);
      else nodes.delete(change.id);
    }
  }
  for (const change of edgeChanges) {
    if (change.type !== 'select') continue;
    edges ??= new Set(selection.edges);
    if (change.selected) edges.add(change.id);
    else edges.delete(change.id);
  }
  if (nodes === null && planItems === null && edges === null) return null;
  return {
    nodes: nodes ? [...nodes] : selection.nodes,
    edges: edges ? [...edges] : selection.edges,
    planItems: planItems ? [...planItems] : selection.planItems,
  };
}

import type { DecisionMap } from '../records/map';
import type { Selection } from './types';

export const EMPTY_SELECTION: Selection = { nodes: [], edges: [], planItems: [] };

/** The selection without ids the map no longer has (after undo, delete or loading another map). */
export function selectionWithin(map: DecisionMap, selection: Selection): Selection {
  const nodes = new Set(map.nodes.map((n) => n.id));
  const edges = new Set(map.edges.map((e) => e.id));
  const plan = new Set(map.plan.map((p) => p.id));
  const kept = {
    nodes: selection.nodes.filter((id) => nodes.has(id)),
    edges: selection.edges.filter((id) => edges.has(id)),
    planItems: selection.planItems.filter((id) => plan.has(id)),
  };
  const same =
    kept.nodes.length === selection.nodes.length &&
    kept.edges.length === selection.edges.length &&
    kept.planItems.length === selection.planItems.length;
  return same ? selection : kept;
}

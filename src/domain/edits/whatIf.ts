import type { DecisionMap } from '../records/map';
import type { DecisionNode } from '../records/node';
import { stateOf, statesOf, withState, type NodeState } from '../records/nodeState';
import type { NodePatch } from './types';

/** A what-if: hypothetical states by node id, tried on top of the map without changing it. */
export type WhatIfStates = Readonly<Record<string, NodeState>>;

/** The store patch that gives a node this state (what keeping a what-if applies). */
export function statePatch(node: DecisionNode, value: NodeState): NodePatch {
  switch (node.kind) {
    case 'approver':
      return { stance: value as typeof node.stance };
    case 'risk':
      return { reduction: value as typeof node.reduction };
    case 'proof':
    case 'friction':
      return { status: value as typeof node.status };
  }
}

/**
 * The map as it would be with the what-if's states: the map itself is never changed. States for nodes
 * the map no longer has, states a node's kind cannot take and states equal to today's are left out.
 */
export function applyWhatIf(map: DecisionMap, whatIf: WhatIfStates): DecisionMap {
  let changed = false;
  const nodes = map.nodes.map((node) => {
    const value = Object.hasOwn(whatIf, node.id) ? whatIf[node.id] : undefined;
    if (value === undefined) return node;
    const next = withState(node, value) ?? node;
    if (next !== node) changed = true;
    return next;
  });
  return changed ? { ...map, nodes } : map;
}

/** The what-if's changes that still apply to the map: [node, hypothetical state], in map order. */
export function whatIfChanges(
  map: DecisionMap,
  whatIf: WhatIfStates,
): { node: DecisionNode; value: NodeState }[] {
  return map.nodes.flatMap((node) => {
    const value = Object.hasOwn(whatIf, node.id) ? whatIf[node.id] : undefined;
    return value !== undefined && statesOf(node).includes(value) && value !== stateOf(node)
      ? [{ node, value }]
      : [];
  });
}

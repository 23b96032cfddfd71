import type { DecisionNode } from './node';
import { FRICTION_STATUSES, PROOF_STATUSES, RISK_REDUCTIONS, STANCES } from './states';

/** Any node's state: an approver's stance, a proof's status, a risk's reduction, a friction's status. */
export type NodeState =
  | (typeof STANCES)[number]
  | (typeof PROOF_STATUSES)[number]
  | (typeof RISK_REDUCTIONS)[number]
  | (typeof FRICTION_STATUSES)[number];

/** The states a node of this kind can take, worst → best (unknown first). */
export function statesOf(node: DecisionNode): readonly NodeState[] {
  switch (node.kind) {
    case 'approver':
      return STANCES;
    case 'proof':
      return PROOF_STATUSES;
    case 'risk':
      return RISK_REDUCTIONS;
    case 'friction':
      return FRICTION_STATUSES;
  }
}

/** A node's current state. */
export function stateOf(node: DecisionNode): NodeState {
  return node.kind === 'approver' ? node.stance : node.kind === 'risk' ? node.reduction : node.status;
}

/**
 * The node with its state set to `state` (the same object when it already has it), or null when
 * the state is not one its kind can take.
 */
export function withState<N extends DecisionNode>(node: N, state: NodeState): N | null;
export function withState(node: DecisionNode, state: NodeState): DecisionNode | null {
  if (!statesOf(node).includes(state)) return null;
  if (stateOf(node) === state) return node;
  switch (node.kind) {
    case 'approver':
      return { ...node, stance: state as typeof node.stance };
    case 'proof':
      return { ...node, status: state as typeof node.status };
    case 'risk':
      return { ...node, reduction: state as typeof node.reduction };
    case 'friction':
      return { ...node, status: state as typeof node.status };
  }
}

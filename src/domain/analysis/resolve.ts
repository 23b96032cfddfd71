import type { DecisionNode } from '../records/node';
import { stateOf, withState } from '../records/nodeState';
import { RESOLVED } from '../records/states';

/**
 * Whether a node is in its best state: an approver who is a champion, a verified proof, a reduced
 * risk, a removed friction. A risk that a verified proof reduces is still unresolved until the team
 * marks it `reduced`.
 */
export function isResolved(node: DecisionNode): boolean {
  return stateOf(node) === RESOLVED[node.kind];
}

/** The node in its resolved state (the same object when it already is): what "what if" shows. */
export function resolve<N extends DecisionNode>(node: N): N {
  return withState(node, RESOLVED[node.kind]) ?? node;
}

import type { DecisionNode } from '../records/node';
import { RESOLVED } from '../records/states';

/**
 * Whether a node is in its best state: an approver who is a champion, a verified proof, a reduced
 * risk, a removed friction. A risk that a verified proof reduces is still unresolved until the team
 * marks it `reduced`.
 */
export function isResolved(node: DecisionNode): boolean {
  switch (node.kind) {
    case 'approver':
      return node.stance === RESOLVED.approver;
    case 'proof':
      return node.status === RESOLVED.proof;
    case 'risk':
      return node.reduction === RESOLVED.risk;
    case 'friction':
      return node.status === RESOLVED.friction;
  }
}

/** The node in its resolved state (the same object when it already is): what "what if" shows. */
export function resolve<N extends DecisionNode>(node: N): N;
export function resolve(node: DecisionNode): DecisionNode {
  if (isResolved(node)) return node;
  switch (node.kind) {
    case 'approver':
      return { ...node, stance: RESOLVED.approver };
    case 'proof':
      return { ...node, status: RESOLVED.proof };
    case 'risk':
      return { ...node, reduction: RESOLVED.risk };
    case 'friction':
      return { ...node, status: RESOLVED.friction };
  }
}

import type { DecisionNode } from '../../domain/records/node';
import { RESOLVED } from '../../domain/records/states';

/** "were verified", "were a champion": how the what-if asks about resolving a node. */
export function resolvedPhrase(node: DecisionNode): string {
  return node.kind === 'approver' ? 'were a champion' : `were ${RESOLVED[node.kind]}`;
}

/** "+14.5 points", "−2 points", "no change". */
export function deltaWords(delta: number): string {
  const rounded = Math.round(delta * 10) / 10;
  if (rounded === 0) return 'no change';
  const size = Math.abs(rounded);
  return `${rounded > 0 ? '+' : '−'}${Number.isInteger(size) ? size : size.toFixed(1)} points`;
}

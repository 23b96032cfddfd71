import type { DecisionMap } from './map';
import type { DecisionNode } from './node';

/** What one approver needs: the proofs they require, the risks they fear, the frictions in their way. */
export interface Needs {
  proofs: DecisionNode[];
  risks: DecisionNode[];
  frictions: DecisionNode[];
}

/** An approver's needs, each list in map order. */
export function needsOf(map: DecisionMap, approverId: string): Needs {
  const proofs = new Set<string>();
  const risks = new Set<string>();
  const frictions = new Set<string>();
  for (const edge of map.edges) {
    if (edge.kind === 'requires' && edge.source === approverId) proofs.add(edge.target);
    else if (edge.kind === 'fears' && edge.source === approverId) risks.add(edge.target);
    else if (edge.kind === 'burdens' && edge.target === approverId) frictions.add(edge.source);
  }
  return {
    proofs: map.nodes.filter((n) => proofs.has(n.id)),
    risks: map.nodes.filter((n) => risks.has(n.id)),
    frictions: map.nodes.filter((n) => frictions.has(n.id)),
  };
}

/** The ids that stay lit while an approver is in the spotlight: the approver and everything they need. */
export function spotlitIds(map: DecisionMap, approverId: string): Set<string> {
  const needs = needsOf(map, approverId);
  return new Set([approverId, ...[...needs.proofs, ...needs.risks, ...needs.frictions].map((n) => n.id)]);
}

import type { DecisionNode } from '../records/node';
import type { OpenQuestion } from './types';

/** "Legal's", "Sales'": the possessive a facilitator would say. */
export const possessive = (label: string): string => (/s$/i.test(label) ? `${label}'` : `${label}'s`);

/** The question a node's `unknown` state leaves open, if any. Long labels read better quoted. */
export function unknownStateQuestion(node: DecisionNode): string | null {
  switch (node.kind) {
    case 'approver':
      return node.stance === 'unknown' ? `What is ${possessive(node.label)} stance?` : null;
    case 'proof':
      return node.status === 'unknown' ? `Does “${node.label}” exist yet?` : null;
    case 'risk':
      return node.reduction === 'unknown' ? `How far has the risk “${node.label}” been reduced?` : null;
    case 'friction':
      return node.status === 'unknown' ? `Is “${node.label}” still in the way?` : null;
  }
}

export const NO_APPROVERS_QUESTION = 'Who must approve this decision?';

/**
 * What the room still has to find out: who approves (when nobody is mapped), every `unknown`
 * state, and every approver with no proof recorded. Map-level first, then approvers, proofs, risks
 * and frictions, each by id. Labels stay plain text: whoever shows them escapes them.
 *
 * @param nodes the map's nodes, in id order
 * @param requiresSomething whether an approver has at least one `requires` edge
 */
export function findOpenQuestions(
  nodes: readonly DecisionNode[],
  requiresSomething: (approverId: string) => boolean,
): OpenQuestion[] {
  const byKind: Record<DecisionNode['kind'], OpenQuestion[]> = {
    approver: [],
    proof: [],
    risk: [],
    friction: [],
  };
  let approvers = 0;
  for (const node of nodes) {
    const question = unknownStateQuestion(node);
    if (question) byKind[node.kind].push({ id: node.id, question });
    if (node.kind !== 'approver') continue;
    approvers++;
    if (!requiresSomething(node.id))
      byKind.approver.push({ id: node.id, question: `What proof must exist for ${node.label}?` });
  }
  const mapLevel: OpenQuestion[] = approvers === 0 ? [{ id: null, question: NO_APPROVERS_QUESTION }] : [];
  return [...mapLevel, ...byKind.approver, ...byKind.proof, ...byKind.risk, ...byKind.friction];
}

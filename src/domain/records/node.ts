import { z } from 'zod/mini';
import { approverSchema, defaultApprover } from './approver';
import { describeValue, type Position } from './common';
import { defaultFriction, frictionSchema } from './friction';
import { defaultProof, proofSchema } from './proof';
import { defaultRisk, riskSchema } from './risk';
import { NODE_KINDS, type NodeKind } from './states';

/** Any node of a decision map; `kind` says which. */
export const nodeSchema = z.discriminatedUnion('kind', [approverSchema, proofSchema, riskSchema, frictionSchema], {
  error: (iss) =>
    iss.code === 'invalid_union'
      ? `expected kind to be one of ${NODE_KINDS.join(', ')}, got ${describeValue((iss.input as { kind?: unknown } | undefined)?.kind)}`
      : undefined,
});
export type DecisionNode = z.infer<typeof nodeSchema>;
export type NodeOf<K extends DecisionNode['kind']> = Extract<DecisionNode, { kind: K }>;

/** The label a new node gets when none is typed. */
export const DEFAULT_LABELS: Record<NodeKind, string> = {
  approver: 'New approver',
  proof: 'New proof',
  risk: 'New risk',
  friction: 'New friction',
};

/** A node of `kind` with every field at its kind's default (each record file says which). */
export function defaultNode(kind: NodeKind, id: string, label: string, position: Position): DecisionNode {
  const start = { id, label, position };
  switch (kind) {
    case 'approver':
      return defaultApprover(start);
    case 'proof':
      return defaultProof(start);
    case 'risk':
      return defaultRisk(start);
    case 'friction':
      return defaultFriction(start);
  }
}

import { z } from 'zod';
import { approverSchema } from './approver';
import { describeValue } from './common';
import { frictionSchema } from './friction';
import { proofSchema } from './proof';
import { riskSchema } from './risk';
import { NODE_KINDS } from './states';

/** Any node of a decision map; `kind` says which. */
export const nodeSchema = z.discriminatedUnion('kind', [approverSchema, proofSchema, riskSchema, frictionSchema], {
  error: (iss) =>
    iss.code === 'invalid_union'
      ? `expected kind to be one of ${NODE_KINDS.join(', ')}, got ${describeValue((iss.input as { kind?: unknown } | undefined)?.kind)}`
      : undefined,
});
export type DecisionNode = z.infer<typeof nodeSchema>;
export type NodeOf<K extends DecisionNode['kind']> = Extract<DecisionNode, { kind: K }>;

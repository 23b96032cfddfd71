import { z } from 'zod/mini';
import { nodeBase, oneOf, type NodeStart } from './common';
import { PROOF_STATUSES } from './states';

/** What proof must exist before an approver says yes. */
export const proofSchema = z.object({
  ...nodeBase,
  kind: z.literal('proof'),
  status: oneOf(PROOF_STATUSES),
});
export type Proof = z.infer<typeof proofSchema>;

/** A new proof: status unknown. */
export const defaultProof = (start: NodeStart): Proof => ({ ...start, kind: 'proof', status: 'unknown' });

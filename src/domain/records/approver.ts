import { z } from 'zod/mini';
import { describeValue, intRange, nodeBase, oneOf, type NodeStart } from './common';
import { APPROVER_ROLES, STANCES } from './states';

/** Who must approve the purchase. */
export const approverSchema = z.object({
  ...nodeBase,
  kind: z.literal('approver'),
  role: oneOf(APPROVER_ROLES),
  veto: z.boolean({ error: (iss) => `expected true or false, got ${describeValue(iss.input)}` }),
  influence: intRange(1, 5),
  stance: oneOf(STANCES),
});
export type Approver = z.infer<typeof approverSchema>;

/** A new approver: role other, no veto, middle influence, stance unknown (a question for the room). */
export const defaultApprover = (start: NodeStart): Approver => ({
  ...start,
  kind: 'approver',
  role: 'other',
  veto: false,
  influence: 3,
  stance: 'unknown',
});

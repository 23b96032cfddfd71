import { z } from 'zod';
import { intRange, nodeBase, oneOf } from './common';
import { RISK_REDUCTIONS } from './states';

/** What risk must be reduced. */
export const riskSchema = z.object({
  ...nodeBase,
  kind: z.literal('risk'),
  severity: intRange(1, 5),
  reduction: oneOf(RISK_REDUCTIONS),
});
export type Risk = z.infer<typeof riskSchema>;

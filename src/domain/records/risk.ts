import { z } from 'zod/mini';
import { intRange, nodeBase, oneOf, type NodeStart } from './common';
import { RISK_REDUCTIONS } from './states';

/** What risk must be reduced. */
export const riskSchema = z.object({
  ...nodeBase,
  kind: z.literal('risk'),
  severity: intRange(1, 5),
  reduction: oneOf(RISK_REDUCTIONS),
});
export type Risk = z.infer<typeof riskSchema>;

/** A new risk: middle severity, reduction unknown. */
export const defaultRisk = (start: NodeStart): Risk => ({ ...start, kind: 'risk', severity: 3, reduction: 'unknown' });

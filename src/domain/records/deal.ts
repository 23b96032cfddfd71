import { z } from 'zod/mini';
import { LIMITS } from '../limits';
import { dateSchema, id, oneOf, optionalText, text } from './common';

/** How a deal ended, or that it has not yet (FORMAT.md version 2). */
export const DEAL_OUTCOMES = ['won', 'lost', 'no-decision', 'open'] as const;
export type DealOutcome = (typeof DEAL_OUTCOMES)[number];

/**
 * One deal of the market's record: how it ended and the nodes where it stalled or was lost. The
 * deal record is the market's check on the map: what buyers did, not what the team believes.
 */
export const dealSchema = z.object({
  id,
  name: text(1, LIMITS.dealName),
  outcome: oneOf(DEAL_OUTCOMES),
  closedOn: z.optional(dateSchema),
  stalledAt: z.array(id).check(z.maxLength(LIMITS.nodes)),
  notes: optionalText(LIMITS.dealNotes),
});
export type Deal = z.infer<typeof dealSchema>;

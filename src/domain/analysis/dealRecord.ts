import type { Deal, DealOutcome } from '../records/deal';

/** How many deals stalled at one node, by outcome. */
export type StallCounts = Record<DealOutcome, number>;

export const noStalls = (): StallCounts => ({ won: 0, lost: 0, 'no-decision': 0, open: 0 });

/** A deal the market said no to: lost, or ended without a decision. */
export const endedWithoutYes = (deal: Deal): boolean =>
  deal.outcome === 'lost' || deal.outcome === 'no-decision';

/** Per node, how many deals stalled there by outcome (nodes where none stalled are absent). */
export function stallsByNode(deals: readonly Deal[]): Map<string, StallCounts> {
  const stalls = new Map<string, StallCounts>();
  for (const deal of deals)
    for (const id of deal.stalledAt) {
      let counts = stalls.get(id);
      if (counts === undefined) stalls.set(id, (counts = noStalls()));
      counts[deal.outcome] += 1;
    }
  return stalls;
}

/** All deals stalled at a node, whatever the outcome. */
export const totalStalls = (counts: StallCounts | undefined): number =>
  counts === undefined ? 0 : counts.won + counts.lost + counts['no-decision'] + counts.open;

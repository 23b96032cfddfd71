import type { DecisionMap } from '../records/map';
import type { DecisionNode } from '../records/node';
import { stateOf } from '../records/nodeState';
import { quoted } from '../words';
import { compareIds } from './compareIds';
import { endedWithoutYes, stallsByNode, totalStalls, type StallCounts } from './dealRecord';
import type { MarketCheck } from './types';

/** A resolved-looking node disagrees with the record once this many recent lost deals stalled there… */
export const REPEATED_STALLS = 2;
/** …and they are at least this share of the recent deals lost or ended without a decision. */
export const SHARE_OF_LOSSES = 0.25;
/** Another node "stalls many" when at least this many lost or undecided deals stalled there. */
export const MANY_STALLS = 3;

/** States in which the map says a node no longer stands in the way. */
const SETTLED = new Set(['supportive', 'champion', 'demonstrated', 'verified', 'reduced', 'removed']);

const isSettled = (node: DecisionNode): boolean =>
  // A friction "reduced" is still partly there; a risk "reduced" is the best it gets.
  SETTLED.has(stateOf(node)) && !(node.kind === 'friction' && node.status === 'reduced');

const deals = (n: number): string => `${n} ${n === 1 ? 'deal' : 'deals'}`;

/**
 * Where the deal record disagrees with the map, in plain words (PRODUCT.md "The deal record"):
 * a node the map calls settled where recent lost or undecided deals keep stalling, and a constraint
 * no deal ever stalled at while another node stalls many. "Recent" is the same window as current
 * evidence (two quarters before the map's period); deals without a close date count as recent.
 * Settled nodes first (most stalls first, then id), then the constraint.
 */
export function checkMarket(
  map: DecisionMap,
  constraint: string | null,
  currentFrom: string | null,
): { marketCheck: MarketCheck[]; stalls: Map<string, StallCounts> } {
  const record = map.deals ?? [];
  const stalls = stallsByNode(record);
  if (record.length === 0) return { marketCheck: [], stalls };
  const recentLosses = record.filter(
    (d) =>
      endedWithoutYes(d) && (currentFrom === null || d.closedOn === undefined || d.closedOn >= currentFrom),
  );
  const undecided = recentLosses.some((d) => d.outcome === 'no-decision');
  const lostWords = undecided ? 'lost or undecided deals' : 'lost deals';
  const recentStalls = stallsByNode(recentLosses);

  const settled: (MarketCheck & { count: number })[] = [];
  for (const node of map.nodes) {
    const counts = recentStalls.get(node.id);
    const count = counts === undefined ? 0 : counts.lost + counts['no-decision'];
    if (!isSettled(node) || count < REPEATED_STALLS || count < SHARE_OF_LOSSES * recentLosses.length)
      continue;
    settled.push({
      id: node.id,
      count,
      says: `Marked ${stateOf(node)}, but ${count} of the last ${recentLosses.length} ${lostWords} stalled here.`,
    });
  }
  settled.sort((x, y) => y.count - x.count || compareIds(x.id, y.id));
  const marketCheck: MarketCheck[] = settled.map(({ id, says }) => ({ id, says }));

  if (constraint !== null && totalStalls(stalls.get(constraint)) === 0) {
    let busiest: { node: DecisionNode; count: number } | null = null;
    for (const node of map.nodes) {
      const counts = stalls.get(node.id);
      const count = counts === undefined ? 0 : counts.lost + counts['no-decision'];
      if (
        count >= MANY_STALLS &&
        (busiest === null ||
          count > busiest.count ||
          (count === busiest.count && compareIds(node.id, busiest.node.id) < 0))
      )
        busiest = { node, count };
    }
    if (busiest !== null)
      marketCheck.push({
        id: constraint,
        says: `The map's constraint, yet no deal ever stalled here; ${deals(busiest.count)} lost or undecided stalled at ${quoted(busiest.node.label)}.`,
      });
  }
  return { marketCheck, stalls };
}

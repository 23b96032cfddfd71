import { analyze } from '../analysis/analyze';
import type { DecisionMap } from '../records/map';
import { comparePeriods } from './period';

/** One period of a market's history: how obvious the decision was, and what held it back. */
export interface HistoryEntry {
  id: string;
  title: string;
  market: string;
  period: string;
  /** Obviousness, 0–100. */
  score: number;
  /** The constraint's node id, or null when nothing would raise the score. */
  constraint: string | null;
  /** The constraint's label, or null. */
  constraintLabel: string | null;
  /** How much resolving the constraint alone would raise the score, or null. */
  constraintLift: number | null;
  /** The score if every plan item fully succeeded. */
  ceiling: number;
  /** How many plan items address nothing in the market's decision. */
  unanchored: number;
}

/** Market names match whatever their letter case and spacing: "Mid-market  Finance" = "mid-market finance". */
export const sameMarketKey = (market: string): string =>
  market.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/** What grouping by market reads of a map (a library's list entries have it too). */
export type MarketMember = Pick<DecisionMap, 'id' | 'market' | 'period' | 'basedOn'>;

const byPeriodThenId = (a: MarketMember, b: MarketMember): number =>
  comparePeriods(a.period, b.period) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The maps grouped by market: two maps belong together when one is based on the other (a
 * `basedOn` chain) or when they name the same non-empty market. Each group is sorted by period;
 * groups come in the order of their earliest map.
 */
export function marketGroups<T extends MarketMember>(maps: readonly T[]): T[][] {
  const parent = maps.map((_, i) => i);
  const root = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    let j = i;
    while (parent[j] !== r) {
      const next = parent[j] ?? r;
      parent[j] = r;
      j = next;
    }
    return r;
  };
  const join = (a: number, b: number): void => {
    const ra = root(a);
    const rb = root(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };

  const firstWithId = new Map<string, number>();
  const firstWithMarket = new Map<string, number>();
  maps.forEach((map, i) => {
    if (!firstWithId.has(map.id)) firstWithId.set(map.id, i);
    const key = sameMarketKey(map.market);
    if (key === '') return;
    const sameMarket = firstWithMarket.get(key);
    if (sameMarket === undefined) firstWithMarket.set(key, i);
    else join(i, sameMarket);
  });
  maps.forEach((map, i) => {
    const source = map.basedOn === undefined ? undefined : firstWithId.get(map.basedOn);
    if (source !== undefined) join(i, source);
  });

  const groups = new Map<number, T[]>();
  maps.forEach((map, i) => {
    const r = root(i);
    const group = groups.get(r);
    if (group) group.push(map);
    else groups.set(r, [map]);
  });
  const sorted = [...groups.values()].map((group) => [...group].sort(byPeriodThenId));
  return sorted.sort((a, b) => byPeriodThenId(a[0] as T, b[0] as T));
}

function entryFor(map: DecisionMap): HistoryEntry {
  const analysis = analyze(map);
  const constraintNode =
    analysis.constraint === null ? undefined : map.nodes.find((node) => node.id === analysis.constraint);
  const constraintDriver = analysis.drivers.find((driver) => driver.id === analysis.constraint);
  return {
    id: map.id,
    title: map.title,
    market: map.market,
    period: map.period,
    score: analysis.score,
    constraint: analysis.constraint,
    constraintLabel: constraintNode?.label ?? null,
    constraintLift: constraintDriver?.lift ?? null,
    ceiling: analysis.plan.ceiling,
    unanchored: analysis.plan.items.filter((item) => item.flags.includes('unanchored')).length,
  };
}

/**
 * A market's history, one entry per map, sorted by period. With `market`, the maps of that market
 * (matched by name whatever the case and spacing, plus every map linked to them by `basedOn`);
 * without it, every map given, taken as one market (e.g. one group of `marketGroups`).
 */
export function marketHistory(maps: readonly DecisionMap[], market?: string): HistoryEntry[] {
  let chosen: DecisionMap[];
  if (market === undefined) {
    chosen = [...maps].sort(byPeriodThenId);
  } else {
    const key = sameMarketKey(market);
    chosen = marketGroups(maps)
      .filter((group) => group.some((map) => sameMarketKey(map.market) === key))
      .flat()
      .sort(byPeriodThenId);
  }
  return chosen.map(entryFor);
}

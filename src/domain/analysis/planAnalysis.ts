import type { DecisionMap } from '../records/map';
import { round1 } from './round';
import type { ScoreModel } from './scoreModel';
import type { Driver, PlanAnalysis, PlanFlag } from './types';

/** A lift of less than one point is not worth a plan item on its own. */
const MEANINGFUL_LIFT = 1;

export interface PlanContext {
  model: ScoreModel;
  score: number;
  /** The node number of an id, if the map has that node. */
  numberOf: (id: string) => number | undefined;
  /** Node ids by node number. */
  ids: readonly string[];
  lifts: Readonly<Record<string, number>>;
  drivers: readonly Driver[];
}

/** The score with every given node resolved at once (the model is left as it was). */
function scoreWithResolved(model: ScoreModel, nodes: Iterable<number>): number {
  const mark = model.checkpoint();
  for (const n of nodes) model.resolveAt(n);
  const score = model.score();
  model.rollback(mark);
  return score;
}

/**
 * Checks every plan item against the decision: its lift, whether it addresses anything
 * (unanchored) or anything that matters (low leverage), the ceiling if the whole plan works, and
 * the drivers nobody is working on (gaps). Items stay in the map's plan order.
 */
export function analyzePlan(map: DecisionMap, context: PlanContext): PlanAnalysis {
  const { model, score, numberOf, ids, lifts, drivers } = context;
  const liftOf = (n: number): number => (Object.hasOwn(lifts, ids[n]!) ? lifts[ids[n]!]! : 0);
  const addressedIds = new Set<string>();
  const addressedNodes = (addresses: readonly string[]): number[] => {
    const found = new Set<number>();
    for (const id of addresses) {
      const n = numberOf(id);
      if (n === undefined) continue;
      found.add(n);
      addressedIds.add(id);
    }
    return [...found].sort((x, y) => x - y);
  };

  const items = map.plan.map((item) => {
    const addressed = addressedNodes(item.addresses);
    const flags: PlanFlag[] = [];
    if (addressed.length === 0) flags.push('unanchored');
    // Judged node by node: bundling many sub-point lifts into one item does not make it leverage.
    else if (addressed.every((n) => model.isResolvedAt(n) || liftOf(n) < MEANINGFUL_LIFT))
      flags.push('low-leverage');
    const lift = addressed.length === 0 ? 0 : round1(scoreWithResolved(model, addressed) - score);
    return { id: item.id, lift, flags };
  });

  const everyAddressed = [...new Set(map.plan.flatMap((item) => addressedNodes(item.addresses)))].sort(
    (x, y) => x - y,
  );
  const ceiling = scoreWithResolved(model, everyAddressed);
  const gaps = drivers.filter((d) => d.lift >= MEANINGFUL_LIFT && !addressedIds.has(d.id)).map((d) => d.id);
  return { ceiling, items, gaps };
}

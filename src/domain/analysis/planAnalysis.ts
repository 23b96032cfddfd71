import type { DecisionMap } from '../records/map';
import { signOf } from './compareIds';
import type { FindOutValue } from './lifts';
import { verdictOf } from './planVerdict';
import { round1 } from './round';
import { ScoreModel } from './scoreModel';
import type { GraphSide, ScoringGraph } from './scoringGraph';
import type { Driver, PlanAnalysis, PlanFlag } from './types';
import { REAL_SHARE, REAL_WEIGHT } from './planVerdict';

export interface PlanContext {
  graph: ScoringGraph;
  model: ScoreModel;
  side: GraphSide;
  score: number;
  /** The node number of an id, if the map has that node. */
  numberOf: (id: string) => number | undefined;
  /** The drivers with their unrounded lifts. */
  drivers: readonly (Driver & { raw: number })[];
  findOuts: readonly FindOutValue[];
  /** Node numbers of the constraint and what would follow it. */
  path: readonly number[];
  /** Node numbers whose state is unknown. */
  unknown: readonly number[];
}

/** The score (shown and unrounded) with every given node resolved at once (the model is left as it was). */
function scoreWithResolved(model: ScoreModel, nodes: Iterable<number>): { shown: number; raw: number } {
  const mark = model.checkpoint();
  for (const n of nodes) model.resolveAt(n);
  const raw = model.rawScore();
  const shown = model.shown(raw);
  model.rollback(mark);
  return { shown, raw };
}

/** How much of the decision a set of nodes carries: the gap they leave when everything else is resolved. */
type Weigh = (nodes: readonly number[]) => number;

/** A weigher over a model of the map with every node resolved (built once, on first use, from `today`'s fields). */
function weigher(graph: ScoringGraph, side: GraphSide, today: ScoreModel): Weigh {
  let model: ScoreModel | undefined;
  let resolved = 0;
  return (nodes) => {
    if (nodes.length === 0) return 0;
    if (!model) {
      model = new ScoreModel(graph, side, true, today);
      // 100 when the map has approvers; 0 when it has none (then nothing carries any of the decision).
      resolved = model.score();
    }
    const mark = model.checkpoint();
    for (const n of nodes) model.restoreAt(n);
    const weight = round1(resolved - model.score());
    model.rollback(mark);
    return weight;
  };
}

/** The most needs the plan check weighs as gaps of their own (the heaviest first). */
export const WEIGHED_GAPS = 20;

/**
 * Needs that carry a real part of the decision (REAL_WEIGHT or more) among `candidates`, heaviest
 * first, at most WEIGHED_GAPS: weighed in the order of a cheap upper bound, stopping as soon as no
 * bound left can beat what is already found.
 */
function heaviest(model: ScoreModel, candidates: number[], weigh: Weigh): number[] {
  const bounded: { n: number; bound: number }[] = [];
  for (const n of candidates) {
    const bound = model.weightBound(n);
    if (bound >= REAL_WEIGHT) bounded.push({ n, bound });
  }
  bounded.sort((x, y) => signOf(y.bound - x.bound) || x.n - y.n);
  const found: { n: number; weight: number }[] = [];
  for (const { n, bound } of bounded) {
    if (found.length >= WEIGHED_GAPS && bound < found[found.length - 1]!.weight) break;
    const weight = weigh([n]);
    if (weight < REAL_WEIGHT) continue;
    found.push({ n, weight });
    found.sort((x, y) => signOf(y.weight - x.weight) || x.n - y.n);
    if (found.length > WEIGHED_GAPS) found.pop();
  }
  return found.map((f) => f.n);
}

/**
 * Checks every plan item against the decision: its lift, its verdict (internal logic, low leverage,
 * insufficient, high leverage), the ceiling if the whole plan works, and what nobody is working on
 * (gaps). Items stay in the map's plan order.
 */
export function analyzePlan(map: DecisionMap, context: PlanContext): PlanAnalysis {
  const { model, side, score, numberOf, drivers, findOuts, path, unknown } = context;
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

  const addressed = map.plan.map((item) => addressedNodes(item.addresses));
  const weigh = weigher(context.graph, side, model);
  const weights = addressed.map(weigh);
  const onPath = new Set(path);
  const raw = model.rawScore();
  // What a plan item is measured against (unrounded, so tiny lifts are not judged by rounding): the
  // constraint's lift, or (with nothing known to change) the largest lift any open question has.
  const reference =
    drivers[0]?.raw ?? Math.max(0, ...unknown.map((n) => scoreWithResolved(model, [n]).raw - raw));

  const items = map.plan.map((item, i) => {
    const nodes = addressed[i]!;
    const resolved = nodes.length === 0 ? { shown: score, raw } : scoreWithResolved(model, nodes);
    const lift = round1(resolved.shown - score);
    const verdict = verdictOf({
      addressesSomething: nodes.length > 0,
      onPath: nodes.some((n) => onPath.has(n)),
      lift: resolved.raw - raw,
      reference,
      weight: weights[i]!,
    });
    const flags: PlanFlag[] = [];
    if (verdict === 'internal-logic') flags.push('unanchored');
    if (verdict === 'low-leverage') flags.push('low-leverage');
    return { id: item.id, lift, verdict, flags, weight: weights[i]! };
  });

  const everyAddressed = [...new Set(addressed.flat())].sort((x, y) => x - y);
  const mark = model.checkpoint();
  for (const n of everyAddressed) model.resolveAt(n);
  const low = model.score();
  for (const n of unknown) if (!model.isResolvedAt(n)) model.answerHalfwayAt(n);
  const high = model.score();
  model.rollback(mark);

  const pathIds = new Set(path.map((n) => side.nodes[n]!.id));
  // Another driver matters when it is on the path or worth a real share of the constraint's lift, and
  // carries a real part of the decision (a path step that is nearly resolved already is no gap).
  // The constraint always matters: unaddressed, it is the loudest warning the tool has.
  const matters = (d: Driver & { raw: number }) =>
    d === drivers[0] ||
    ((pathIds.has(d.id) || d.raw >= REAL_SHARE * reference) && weigh([numberOf(d.id)!]) >= REAL_WEIGHT);
  const driverGaps = drivers.filter((d) => !addressedIds.has(d.id) && matters(d)).map((d) => d.id);
  const listed = new Set([...driverGaps, ...findOuts.map((f) => f.id), ...addressedIds]);
  // Needs that carry a real part of the decision but move nothing today (they stand behind an
  // unknown or a blocker): right work nobody has planned, heaviest first.
  const candidates: number[] = [];
  // graph.ids[n] is the node's id: read off records of four kinds, it made V8 drop this function's
  // optimised code on record shapes it had not seen.
  for (let n = 0; n < side.nodes.length; n++)
    if (side.nodes[n] && !model.isResolvedAt(n) && !listed.has(context.graph.ids[n]!)) candidates.push(n);
  const weightGaps = heaviest(model, candidates, weigh).map((n) => side.nodes[n]!.id);
  const gaps = [
    ...driverGaps,
    ...weightGaps,
    ...findOuts.filter((f) => !addressedIds.has(f.id)).map((f) => f.id),
  ];
  return { ceiling: high, ceilingBand: { low, high }, items, gaps };
}

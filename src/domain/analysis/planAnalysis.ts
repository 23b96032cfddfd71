import type { DecisionMap } from '../records/map';
import type { FindOutValue } from './lifts';
import { verdictOf } from './planVerdict';
import { round1 } from './round';
import type { ScoreModel } from './scoreModel';
import type { GraphSide } from './scoringGraph';
import type { Driver, PlanAnalysis, PlanFlag } from './types';
import { REAL_SHARE, REAL_WEIGHT } from './planVerdict';

export interface PlanContext {
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
  const shown = model.score();
  const raw = model.rawScore();
  model.rollback(mark);
  return { shown, raw };
}

/**
 * For each list of nodes, the gap they would leave if every other node were resolved: how much of
 * the decision they carry, whatever stands in front of them today.
 */
function weightsOf(model: ScoreModel, side: GraphSide, lists: readonly (readonly number[])[]): number[] {
  const mark = model.checkpoint();
  for (let n = 0; n < side.nodes.length; n++) if (side.nodes[n]) model.resolveAt(n);
  // 100 when the map has approvers; 0 when it has none (then nothing carries any of the decision).
  const resolved = model.score();
  const weights = lists.map((nodes) => {
    if (nodes.length === 0) return 0;
    const inner = model.checkpoint();
    for (const n of nodes) model.setNode(n, side.nodes[n]);
    const weight = round1(resolved - model.score());
    model.rollback(inner);
    return weight;
  });
  model.rollback(mark);
  return weights;
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
  const openNodes: number[] = [];
  for (let n = 0; n < side.nodes.length; n++) if (side.nodes[n] && !model.isResolvedAt(n)) openNodes.push(n);
  const allWeights = weightsOf(model, side, [...addressed, ...openNodes.map((n) => [n])]);
  const weights = allWeights.slice(0, addressed.length);
  const nodeWeight = new Map(openNodes.map((n, i) => [n, allWeights[addressed.length + i]!]));
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
    ((pathIds.has(d.id) || d.raw >= REAL_SHARE * reference) &&
      (nodeWeight.get(numberOf(d.id)!) ?? 0) >= REAL_WEIGHT);
  const driverGaps = drivers.filter((d) => matters(d) && !addressedIds.has(d.id)).map((d) => d.id);
  const findOutIds = new Set(findOuts.map((f) => f.id));
  const listed = new Set([...driverGaps, ...findOutIds]);
  // Needs that carry a real part of the decision but move nothing today (they stand behind an
  // unknown or a blocker): right work nobody has planned, heaviest first.
  const weightGaps = openNodes
    .filter(
      (n) =>
        nodeWeight.get(n)! >= REAL_WEIGHT &&
        !listed.has(side.nodes[n]!.id) &&
        !addressedIds.has(side.nodes[n]!.id),
    )
    .sort((x, y) => nodeWeight.get(y)! - nodeWeight.get(x)! || x - y)
    .map((n) => side.nodes[n]!.id);
  const gaps = [
    ...driverGaps,
    ...weightGaps,
    ...findOuts.filter((f) => !addressedIds.has(f.id)).map((f) => f.id),
  ];
  return { ceiling: high, ceilingBand: { low, high }, items, gaps };
}

import { stateOf } from '../records/nodeState';
import { compareIds } from './compareIds';
import { round1 } from './round';
import type { ScoreModel } from './scoreModel';
import type { GraphSide } from './scoringGraph';
import type { Driver } from './types';

/** Sets an own, enumerable property, even for the id `__proto__` (which plain assignment would not). */
export function setOwn(record: Record<string, number>, key: string, value: number): void {
  if (key === '__proto__')
    Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  else record[key] = value;
}

/** How much finding out one open question could move the score. */
export interface FindOutValue {
  id: string;
  /** The score if the question came back halfway, minus today's score (one decimal). */
  value: number;
}

export interface Lifts {
  score: number;
  /** Lift of every unresolved node (unknown ones included), in id order. */
  lifts: Record<string, number>;
  /**
   * Known nodes whose resolution would raise the score at all, largest first, ties by id; `raw` is
   * the unrounded lift (a driver held down by an unknown can show a lift of 0.0 at one decimal).
   */
  drivers: (Driver & { raw: number })[];
  /** Nodes whose state is unknown, by value of finding out (largest first), ties by id. */
  findOuts: FindOutValue[];
}

/** Whether node number n of the side is present with an `unknown` state. */
export const isUnknownAt = (side: GraphSide, n: number): boolean => {
  const node = side.nodes[n];
  return node !== undefined && stateOf(node) === 'unknown';
};

/** The score as shown and unrounded after `change`, the model left as it was. */
function whatIf(model: ScoreModel, change: () => void): { shown: number; raw: number } {
  const mark = model.checkpoint();
  change();
  const shown = model.score();
  const raw = model.rawScore();
  model.rollback(mark);
  return { shown, raw };
}

/** Lifts closer than this are equal (what two routes to the same number can differ by). */
const SAME_LIFT = 1e-9;

/** Larger lift first; equal lifts by id. */
const byLift = (x: { id: string; raw: number }, y: { id: string; raw: number }): number =>
  Math.abs(x.raw - y.raw) > SAME_LIFT ? y.raw - x.raw : compareIds(x.id, y.id);

/**
 * Today's score and, for every unresolved node, how much resolving it alone would add; for every
 * unknown node, how much a halfway answer would add (the value of finding out). Each what-if changes
 * one node in the model, reads the score and rolls back, so it costs only the links of the approvers
 * that node touches, never a re-score of the map.
 */
export function findLifts(model: ScoreModel, side: GraphSide): Lifts {
  const score = model.score();
  const raw = model.rawScore();
  const lifts: Record<string, number> = {};
  const drivers: (Driver & { raw: number })[] = [];
  const findOuts: (FindOutValue & { raw: number })[] = [];
  for (let n = 0; n < side.nodes.length; n++) {
    const node = side.nodes[n];
    if (!node || model.isResolvedAt(n)) continue;
    const resolved = whatIf(model, () => model.resolveAt(n));
    const lift = round1(resolved.shown - score);
    setOwn(lifts, node.id, lift);
    if (isUnknownAt(side, n)) {
      const answered = whatIf(model, () => model.answerHalfwayAt(n));
      findOuts.push({ id: node.id, value: round1(answered.shown - score), raw: answered.raw - raw });
    } else if (resolved.raw - raw > SAME_LIFT) drivers.push({ id: node.id, lift, raw: resolved.raw - raw });
  }
  return {
    score,
    lifts,
    drivers: drivers.sort(byLift),
    findOuts: findOuts.sort(byLift).map(({ id, value }) => ({ id, value })),
  };
}

/**
 * The known node whose resolution would raise the score the most (ties by id), or null when nothing
 * known would raise it at all.
 */
export function topDriver(model: ScoreModel, side: GraphSide): number | null {
  const base = model.rawScore();
  let best: number | null = null;
  let bestLift = SAME_LIFT;
  // Node numbers follow ids, so on equal lifts the first one met keeps its place.
  for (let n = 0; n < side.nodes.length; n++) {
    const node = side.nodes[n];
    if (!node || model.isResolvedAt(n) || isUnknownAt(side, n)) continue;
    const lift = whatIf(model, () => model.resolveAt(n)).raw - base;
    if (lift > bestLift + SAME_LIFT) {
      best = n;
      bestLift = lift;
    }
  }
  return best;
}

/**
 * The order in which to change things: the constraint, then what would become the constraint once
 * it is resolved, and so on, `length` steps at most (fewer when nothing known is left to raise the
 * score). The first step is the constraint itself.
 */
export function constraintPath(
  model: ScoreModel,
  side: GraphSide,
  first: number | null,
  length: number,
): number[] {
  const path: number[] = [];
  if (first === null) return path;
  const mark = model.checkpoint();
  let next: number | null = first;
  while (next !== null && path.length < length) {
    path.push(next);
    model.resolveAt(next);
    next = path.length < length ? topDriver(model, side) : null;
  }
  model.rollback(mark);
  return path;
}

import { signOf } from './compareIds';
import { round1 } from './round';
import type { ScoreModel } from './scoreModel';
import type { GraphSide, ScoringGraph } from './scoringGraph';
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
  /**
   * The unrounded score with each node resolved alone, by node number (today's for a node resolved
   * already or absent): what "this node at its best" scores, measured once for every reader.
   */
  resolvedRaw: Float64Array;
}

/** Lifts closer than this are equal (what two routes to the same number can differ by). */
const SAME_LIFT = 1e-9;

/** Larger lift first; equal lifts by id (node numbers follow ids: no string comparison). */
const byLift = (x: { n: number; raw: number }, y: { n: number; raw: number }): number =>
  Math.abs(x.raw - y.raw) > SAME_LIFT ? signOf(y.raw - x.raw) : x.n - y.n;

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
  const drivers: (Driver & { raw: number; n: number })[] = [];
  const findOuts: (FindOutValue & { raw: number; n: number })[] = [];
  const resolvedRaw = new Float64Array(side.nodes.length).fill(raw);
  for (let n = 0; n < side.nodes.length; n++) {
    const node = side.nodes[n];
    if (!node || model.isResolvedAt(n)) continue;
    // What-ifs inline (no closure per node: this loop runs once per node of the map).
    let mark = model.checkpoint();
    model.resolveAt(n);
    resolvedRaw[n] = model.rawScore();
    const resolvedShown = model.shown(resolvedRaw[n]!);
    model.rollback(mark);
    const lift = round1(resolvedShown - score);
    setOwn(lifts, node.id, lift);
    if (model.isUnknownAt(n)) {
      mark = model.checkpoint();
      model.answerHalfwayAt(n);
      const answeredRaw = model.rawScore();
      const answeredShown = model.shown(answeredRaw);
      model.rollback(mark);
      findOuts.push({ id: node.id, value: round1(answeredShown - score), raw: answeredRaw - raw, n });
    } else if (resolvedRaw[n]! - raw > SAME_LIFT)
      drivers.push({ id: node.id, lift, raw: resolvedRaw[n]! - raw, n });
  }
  return {
    score,
    lifts,
    drivers: drivers.sort(byLift),
    findOuts: findOuts.sort(byLift).map(({ id, value }) => ({ id, value })),
    resolvedRaw,
  };
}

/**
 * Of `candidates` (node numbers, ascending), the one whose resolution would raise the score the
 * most (on equal lifts the first, so ties go by id), or null when none would raise it at all.
 */
function largestLift(model: ScoreModel, candidates: readonly number[]): number | null {
  const base = model.rawScore();
  let best: number | null = null;
  let bestLift = SAME_LIFT;
  for (const n of candidates) {
    // A node whose lift cannot beat the best so far would not replace it: no what-if needed.
    if (model.resolvedBound(n) - base <= bestLift) continue;
    const mark = model.checkpoint();
    model.resolveAt(n);
    const lift = model.rawScore() - base;
    model.rollback(mark);
    if (lift > bestLift + SAME_LIFT) {
      best = n;
      bestLift = lift;
    }
  }
  return best;
}

/**
 * The known node whose resolution would raise the score the most (ties by id), or null when nothing
 * known would raise it at all.
 */
function topDriver(model: ScoreModel, side: GraphSide): number | null {
  const known: number[] = [];
  for (let n = 0; n < side.nodes.length; n++)
    if (side.nodes[n] && !model.isResolvedAt(n) && !model.isUnknownAt(n)) known.push(n);
  return largestLift(model, known);
}

/** Marks of the voices a change moved: each veto holder is its own voice, the others share one. */
class Voices {
  private readonly moved: Uint8Array;
  private others = false;

  constructor(
    private readonly model: ScoreModel,
    private readonly graph: ScoringGraph,
  ) {
    this.moved = new Uint8Array(graph.ids.length);
  }

  /** Marks the voices node n moves (itself, or its approvers, through the risks a proof reduces too). */
  markMovedBy(n: number): void {
    this.visit(n, true);
  }

  /** Whether node n moves one of the marked voices. Allocates nothing: it runs once per node. */
  movedBy(n: number): boolean {
    return this.visit(n, false);
  }

  private visit(n: number, mark: boolean): boolean {
    const { graph } = this;
    if (graph.kinds[n] === 'approver') return this.touch(n, mark);
    const { links, reduces } = graph;
    let hit = false;
    for (let i = links.start[n]!; i < links.start[n + 1]!; i++)
      hit = this.touch(graph.linkApprover[links.edges[i]!]!, mark) || hit;
    if (graph.kinds[n] !== 'proof') return hit;
    for (let i = reduces.start[n]!; i < reduces.start[n + 1]!; i++) {
      const risk = graph.edgeTargets[reduces.edges[i]!]!;
      for (let j = links.start[risk]!; j < links.start[risk + 1]!; j++)
        hit = this.touch(graph.linkApprover[links.edges[j]!]!, mark) || hit;
    }
    return hit;
  }

  private touch(a: number, mark: boolean): boolean {
    const veto = this.model.isVetoAt(a);
    if (mark) {
      if (veto) this.moved[a] = 1;
      else this.others = true;
      return true;
    }
    return veto ? this.moved[a] === 1 : this.others;
  }
}

/**
 * What becomes the constraint once `resolved` is resolved (the model already in that state), or null.
 * The score is a function of the group's total doubt, and a node's lift grows with the doubt it
 * removes; a node that moves none of the voices `resolved` moved removes the same doubt as before, so
 * the best of them is the first such driver of the list before. Only the nodes that share a voice
 * with `resolved` are measured again: not a pass over the whole map per step.
 */
function nextConstraint(
  model: ScoreModel,
  graph: ScoringGraph,
  side: GraphSide,
  resolved: number,
  before: readonly { id: string }[],
): number | null {
  // Resolving an approver without a veto can change how far every veto holder is carried.
  if (graph.kinds[resolved] === 'approver' && !model.isVetoAt(resolved)) return topDriver(model, side);
  const voices = new Voices(model, graph);
  voices.markMovedBy(resolved);
  // An approver without a veto moves every veto holder too (how far a champion carries them).
  const sharesAVoice = (n: number) =>
    (graph.kinds[n] === 'approver' && !model.isVetoAt(n)) || voices.movedBy(n);
  const candidates: number[] = [];
  for (const d of before) {
    const n = graph.firstNumberOf(d.id)!;
    if (n === resolved || sharesAVoice(n)) continue;
    candidates.push(n);
    break;
  }
  // Every node that moves one of those voices (an approver, its items, the proofs reducing its risks).
  for (let n = 0; n < side.nodes.length; n++)
    if (
      n !== resolved &&
      n !== candidates[0] &&
      side.nodes[n] &&
      !model.isResolvedAt(n) &&
      !model.isUnknownAt(n) &&
      sharesAVoice(n)
    )
      candidates.push(n);
  return largestLift(
    model,
    candidates.sort((x, y) => x - y),
  );
}

/**
 * The order in which to change things: the constraint, then what would become the constraint once
 * it is resolved, and so on, `length` steps at most (fewer when nothing known is left to raise the
 * score). The first step is the constraint itself; `drivers` is the driver list of the map as it is.
 */
export function constraintPath(
  model: ScoreModel,
  graph: ScoringGraph,
  side: GraphSide,
  drivers: readonly { id: string }[],
  length: number,
): number[] {
  const path: number[] = [];
  const first = drivers[0] ? graph.firstNumberOf(drivers[0].id)! : null;
  if (first === null) return path;
  const mark = model.checkpoint();
  let next: number | null = first;
  while (next !== null && path.length < length) {
    path.push(next);
    model.resolveAt(next);
    // After the first step the driver list of the map as it was no longer holds: measure in full.
    next =
      path.length >= length
        ? null
        : path.length === 1
          ? nextConstraint(model, graph, side, next, drivers)
          : topDriver(model, side);
  }
  model.rollback(mark);
  return path;
}

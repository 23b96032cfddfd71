import { compareIds } from '../analysis/compareIds';
import type { ScoreModel } from '../analysis/scoreModel';
import type { GraphSide, ScoringGraph } from '../analysis/scoringGraph';
import type { DecisionNode } from '../records/node';
import { stateOf, withState } from '../records/nodeState';
import { EDGE_KINDS, type EdgeKind } from '../records/states';
import type { ChangeGroup, Contribution } from './types';

/** The groups in the order a room reads them. */
export const CHANGE_GROUPS: readonly ChangeGroup[] = ['progress', 'discovery', 'removal'];

/** One node record to put in place: `forward` on the way from the earlier map, `backward` on the way back. */
interface NodeStep {
  n: number;
  forward: DecisionNode | undefined;
  backward: DecisionNode | undefined;
}

/** One thing that changed about one node id, in one group: its own record and/or the edges credited to it. */
export interface ChangeUnit {
  id: string;
  group: ChangeGroup;
  steps: NodeStep[];
  /** Edges added or removed that belong to this node (see EDGE_OWNER). */
  edges: number[];
  /** Every node number with this id that the unit involves. */
  numbers: number[];
}

/**
 * Which node an edge change is credited to: the proof a `requires` edge points at, the risk a
 * `fears` edge points at, the friction that `burdens`, the proof that `reduces`, the approver who
 * `influences`.
 */
const EDGE_OWNER: Record<EdgeKind, 'source' | 'target'> = {
  requires: 'target',
  fears: 'target',
  burdens: 'source',
  reduces: 'source',
  influences: 'source',
};

/** Whether two records of the same kind differ in a field the score reads other than the state. */
function reassessed(a: DecisionNode, b: DecisionNode): boolean {
  if (a.kind === 'approver' && b.kind === 'approver') return a.veto !== b.veto || a.influence !== b.influence;
  if ((a.kind === 'risk' || a.kind === 'friction') && (b.kind === 'risk' || b.kind === 'friction'))
    return a.severity !== b.severity;
  return false;
}

/** The record with its state set to the state of `like` (same kind). */
const withStateOf = (node: DecisionNode, like: DecisionNode): DecisionNode =>
  withState(node, stateOf(like)) ?? node;

/** The units of change between two sides of a graph, in id order, then progress, discovery, removal. */
export function findChangeUnits(graph: ScoringGraph, from: GraphSide, to: GraphSide): ChangeUnit[] {
  const units = new Map<string, ChangeUnit>();
  const unitOf = (id: string, group: ChangeGroup): ChangeUnit => {
    const key = `${group}\u0000${id}`;
    let unit = units.get(key);
    if (!unit) {
      unit = { id, group, steps: [], edges: [], numbers: [] };
      units.set(key, unit);
    }
    return unit;
  };
  const step = (
    unit: ChangeUnit,
    n: number,
    forward: DecisionNode | undefined,
    backward: DecisionNode | undefined,
  ) => {
    unit.steps.push({ n, forward, backward });
    if (!unit.numbers.includes(n)) unit.numbers.push(n);
  };
  graph.ids.forEach((id, n) => {
    const a = from.nodes[n];
    const b = to.nodes[n];
    if (a === b) return;
    if (!a) step(unitOf(id, 'discovery'), n, b, undefined);
    else if (!b) step(unitOf(id, 'removal'), n, undefined, a);
    else {
      const moved = stateOf(a) !== stateOf(b);
      const redrawn = reassessed(a, b);
      // The state change first (with the earlier map's other fields), then the re-assessment.
      if (moved)
        step(unitOf(id, 'progress'), n, redrawn ? withStateOf(a, b) : b, redrawn ? withStateOf(b, a) : a);
      if (redrawn) step(unitOf(id, 'discovery'), n, b, a);
    }
  });
  graph.edgeKindNumbers.forEach((k, e) => {
    if (from.edges[e] === to.edges[e]) return;
    const kind = EDGE_KINDS[k]!;
    const owner = EDGE_OWNER[kind] === 'source' ? graph.edgeSources[e]! : graph.edgeTargets[e]!;
    const unit = unitOf(graph.ids[owner]!, to.edges[e] === 1 ? 'discovery' : 'removal');
    unit.edges.push(e);
    if (!unit.numbers.includes(owner)) unit.numbers.push(owner);
  });
  // Edges in a fixed order (kind, then ends), whatever their order in the files.
  const edgeOrder = (x: number, y: number) =>
    graph.edgeKindNumbers[x]! - graph.edgeKindNumbers[y]! ||
    graph.edgeSources[x]! - graph.edgeSources[y]! ||
    graph.edgeTargets[x]! - graph.edgeTargets[y]!;
  for (const unit of units.values()) unit.edges.sort(edgeOrder);
  return [...units.values()].sort(
    (x, y) => compareIds(x.id, y.id) || CHANGE_GROUPS.indexOf(x.group) - CHANGE_GROUPS.indexOf(y.group),
  );
}

/** Applies a unit on the way from the earlier map (forward) or undoes it on the way back. */
function applyUnit(
  model: ScoreModel,
  unit: ChangeUnit,
  direction: 'forward' | 'backward',
  side: GraphSide,
): void {
  for (const s of unit.steps) model.setNode(s.n, s[direction]);
  for (const e of unit.edges) model.setEdge(e, side.edges[e] === 1);
}

/**
 * How many points each unit moved the score: the average of its marginal effect applied to the
 * earlier map in order (forward) and undone from the later map in the same order (backward).
 * Each pass telescopes to the whole change, so the values add up to the raw score delta.
 *
 * @param forward a model in the state of `from` (it ends in the state of `to`)
 * @param backward a model in the state of `to` (it ends in the state of `from`)
 */
export function unitPoints(
  units: readonly ChangeUnit[],
  from: GraphSide,
  to: GraphSide,
  forward: ScoreModel,
  backward: ScoreModel,
): number[] {
  return units.map((unit) => {
    const beforeForward = forward.rawScore();
    applyUnit(forward, unit, 'forward', to);
    const forwardGain = forward.rawScore() - beforeForward;
    const beforeBackward = backward.rawScore();
    applyUnit(backward, unit, 'backward', from);
    const backwardGain = beforeBackward - backward.rawScore();
    return (forwardGain + backwardGain) / 2;
  });
}

/**
 * Rounds values to one decimal so they add up exactly to `total` (itself one decimal): each is
 * rounded down to a tenth, then the tenths still missing go to the largest remainders (ties by
 * order given). Works for negative values and totals too.
 */
export function roundToTotal(values: readonly number[], total: number): number[] {
  const tenths = values.map((v) => v * 10);
  const floors = tenths.map((t) => Math.floor(t + 1e-9));
  const target = Math.round(total * 10);
  let missing = target - floors.reduce((sum, f) => sum + f, 0);
  const remainderOrder = tenths.map((t, i) => ({ i, remainder: t - floors[i]! }));
  remainderOrder.sort(
    (x, y) => (missing >= 0 ? y.remainder - x.remainder : x.remainder - y.remainder) || x.i - y.i,
  );
  const result = [...floors];
  for (let k = 0; missing !== 0 && remainderOrder.length > 0; k = (k + 1) % remainderOrder.length) {
    const step = missing > 0 ? 1 : -1;
    result[remainderOrder[k]!.i]! += step;
    missing -= step;
  }
  return result.map((t) => t / 10 + 0);
}

type Labels = (n: number) => string;

/** Plain words for a state change: "stance neutral → supportive", "missing → verified". */
function stateSummary(a: DecisionNode, b: DecisionNode): string[] {
  const before = stateOf(a);
  const after = stateOf(b);
  if (before === after) return [];
  return [a.kind === 'approver' ? `stance ${before} → ${after}` : `${before} → ${after}`];
}

/** Plain words for a re-assessment: a veto granted or lost, an influence or a severity changed. */
function reassessmentSummary(a: DecisionNode, b: DecisionNode): string[] {
  const parts: string[] = [];
  if (a.kind === 'approver' && b.kind === 'approver') {
    if (a.veto !== b.veto) parts.push(b.veto ? 'now has a veto' : 'no longer has a veto');
    if (a.influence !== b.influence) parts.push(`influence ${a.influence} → ${b.influence}`);
  }
  if (
    (a.kind === 'risk' || a.kind === 'friction') &&
    (b.kind === 'risk' || b.kind === 'friction') &&
    a.severity !== b.severity
  )
    parts.push(`severity ${a.severity} → ${b.severity}`);
  return parts;
}

/** The kind of the node with the same id but another kind on `side` (a later quarter reused the id), if any. */
function otherKindOf(graph: ScoringGraph, n: number, side: GraphSide): DecisionNode['kind'] | undefined {
  for (const m of [n - 1, n + 1])
    if (graph.ids[m] === graph.ids[n] && side.nodes[m]) return side.nodes[m]!.kind;
  return undefined;
}

/** Plain words for what changed about one node record, within its unit's group. */
function recordSummary(
  graph: ScoringGraph,
  group: ChangeGroup,
  n: number,
  from: GraphSide,
  to: GraphSide,
): string[] {
  const a = from.nodes[n];
  const b = to.nodes[n];
  if (!a && b) {
    const was = otherKindOf(graph, n, from);
    return [was ? `now a ${b.kind} (was a ${was})` : 'added'];
  }
  if (a && !b) return [otherKindOf(graph, n, to) ? `no longer a ${a.kind}` : 'removed'];
  if (!a || !b) return [];
  return group === 'progress' ? stateSummary(a, b) : reassessmentSummary(a, b);
}

const EDGE_WORDS: Record<EdgeKind, [added: string, removed: string]> = {
  requires: ['now required by', 'no longer required by'],
  fears: ['now feared by', 'no longer feared by'],
  burdens: ['now burdens', 'no longer burdens'],
  reduces: ['now reduces', 'no longer reduces'],
  influences: ['now influences', 'no longer influences'],
};

/** Plain words for the edges a unit gained or lost, grouped: "now required by CFO, Legal". */
function edgeSummary(graph: ScoringGraph, unit: ChangeUnit, to: GraphSide, labelOf: Labels): string[] {
  const groups = new Map<string, number[]>();
  for (const e of unit.edges) {
    const kind = EDGE_KINDS[graph.edgeKindNumbers[e]!]!;
    const words = EDGE_WORDS[kind][to.edges[e] === 1 ? 0 : 1];
    const other = EDGE_OWNER[kind] === 'source' ? graph.edgeTargets[e]! : graph.edgeSources[e]!;
    groups.set(words, [...(groups.get(words) ?? []), other]);
  }
  return [...groups].map(
    ([words, others]) =>
      `${words} ${others
        .sort((x, y) => x - y)
        .map(labelOf)
        .join(', ')}`,
  );
}

/** A unit's summary: its own change first, then the edges it gained or lost. */
export function summarize(
  graph: ScoringGraph,
  unit: ChangeUnit,
  from: GraphSide,
  to: GraphSide,
  labelOf: Labels,
): string {
  const own = unit.steps.flatMap((s) => recordSummary(graph, unit.group, s.n, from, to));
  // A node added or removed brings or takes its links with it: they need no words of their own.
  const whole = unit.steps.some((s) => !from.nodes[s.n] || !to.nodes[s.n]);
  return [...own, ...(whole ? [] : edgeSummary(graph, unit, to, labelOf))].join('; ');
}

/**
 * The contributions of a comparison: one per unit, rounded so they add up exactly to `scoreDelta`,
 * zero ones dropped, largest first (ties by id).
 */
export function contributionsOf(
  graph: ScoringGraph,
  units: readonly ChangeUnit[],
  points: readonly number[],
  scoreDelta: number,
  sides: { from: GraphSide; to: GraphSide },
  labelOf: Labels,
): Contribution[] {
  const rounded = roundToTotal(points, scoreDelta);
  // The label from the later map when the node is there, else from the earlier one.
  const unitLabel = (unit: ChangeUnit): string => {
    const numbers = [...unit.numbers].sort((x, y) => x - y);
    const n = numbers.find((m) => sides.to.nodes[m] !== undefined) ?? numbers[0];
    return n === undefined ? unit.id : labelOf(n);
  };
  return units
    .map((unit, i) => ({ unit, points: rounded[i]! }))
    .filter(({ points }) => points !== 0)
    .map(({ unit, points }) => ({
      id: unit.id,
      points,
      group: unit.group,
      label: unitLabel(unit),
      summary: summarize(graph, unit, sides.from, sides.to, labelOf),
    }))
    .sort(
      (x, y) =>
        Math.abs(y.points) - Math.abs(x.points) ||
        compareIds(x.id, y.id) ||
        CHANGE_GROUPS.indexOf(x.group) - CHANGE_GROUPS.indexOf(y.group),
    );
}

/** The contributions of each group added up (in tenths, so the groups add up exactly to the delta). */
export function groupTotals(contributions: readonly Contribution[]): Record<ChangeGroup, number> {
  const tenths: Record<ChangeGroup, number> = { progress: 0, discovery: 0, removal: 0 };
  for (const c of contributions) tenths[c.group] += Math.round(c.points * 10);
  return {
    progress: tenths.progress / 10 + 0,
    discovery: tenths.discovery / 10 + 0,
    removal: tenths.removal / 10 + 0,
  };
}

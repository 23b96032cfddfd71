import { compareIds } from '../analysis/compareIds';
import type { ScoreModel } from '../analysis/scoreModel';
import type { GraphSide, ScoringGraph } from '../analysis/scoringGraph';
import type { DecisionNode } from '../records/node';
import { EDGE_KINDS, type EdgeKind } from '../records/states';
import type { Contribution } from './types';

/** Everything that changed about one node id: its own record(s) and the edges attributed to it. */
export interface ChangeUnit {
  id: string;
  /** Node numbers with this id whose record differs in a way the score reads (one, or two if its kind changed). */
  nodes: number[];
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

/** The fields the score reads; a change to any other field (label, notes, evidence) moves nothing. */
function scoredStateDiffers(a: DecisionNode, b: DecisionNode): boolean {
  if (a.kind !== b.kind) return true;
  switch (a.kind) {
    case 'approver':
      return (
        b.kind === 'approver' && (a.stance !== b.stance || a.veto !== b.veto || a.influence !== b.influence)
      );
    case 'proof':
      return b.kind === 'proof' && a.status !== b.status;
    case 'risk':
      return b.kind === 'risk' && (a.reduction !== b.reduction || a.severity !== b.severity);
    case 'friction':
      return b.kind === 'friction' && (a.status !== b.status || a.severity !== b.severity);
  }
}

/** The units of change between two sides of a graph, in id order. */
export function findChangeUnits(graph: ScoringGraph, from: GraphSide, to: GraphSide): ChangeUnit[] {
  const units = new Map<string, ChangeUnit>();
  const unitOf = (id: string): ChangeUnit => {
    let unit = units.get(id);
    if (!unit) {
      unit = { id, nodes: [], edges: [], numbers: [] };
      units.set(id, unit);
    }
    return unit;
  };
  graph.ids.forEach((id, n) => {
    const a = from.nodes[n];
    const b = to.nodes[n];
    if (a === b) return;
    if (!a || !b || scoredStateDiffers(a, b)) {
      const unit = unitOf(id);
      unit.nodes.push(n);
      unit.numbers.push(n);
    }
  });
  graph.edgeKinds.forEach((kind, e) => {
    if (from.edges[e] === to.edges[e]) return;
    const owner = EDGE_OWNER[kind] === 'source' ? graph.edgeSources[e]! : graph.edgeTargets[e]!;
    const unit = unitOf(graph.ids[owner]!);
    unit.edges.push(e);
    if (!unit.numbers.includes(owner)) unit.numbers.push(owner);
  });
  // Edges in a fixed order (kind, then ends), whatever their order in the files.
  const edgeOrder = (x: number, y: number) =>
    EDGE_KINDS.indexOf(graph.edgeKinds[x]!) - EDGE_KINDS.indexOf(graph.edgeKinds[y]!) ||
    graph.edgeSources[x]! - graph.edgeSources[y]! ||
    graph.edgeTargets[x]! - graph.edgeTargets[y]!;
  for (const unit of units.values()) unit.edges.sort(edgeOrder);
  return [...units.values()].sort((x, y) => compareIds(x.id, y.id));
}

/** Puts every record of a unit in the state it has on `side`. */
function applyUnit(model: ScoreModel, unit: ChangeUnit, side: GraphSide): void {
  for (const n of unit.nodes) model.setNode(n, side.nodes[n]);
  for (const e of unit.edges) model.setEdge(e, side.edges[e] === 1);
}

/**
 * How many points each unit moved the score: the average of its marginal effect applied to the
 * earlier map in id order (forward) and reverted from the later map in the same order (backward).
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
    applyUnit(forward, unit, to);
    const forwardGain = forward.rawScore() - beforeForward;
    const beforeBackward = backward.rawScore();
    applyUnit(backward, unit, from);
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

const STATE_FIELD: Record<DecisionNode['kind'], string> = {
  approver: 'stance',
  proof: 'status',
  risk: 'reduction',
  friction: 'status',
};

/** Plain words for what changed about a node's own record. */
function recordSummary(a: DecisionNode | undefined, b: DecisionNode | undefined): string[] {
  if (!a && b) return ['added'];
  if (a && !b) return ['removed'];
  if (!a || !b) return [];
  if (a.kind !== b.kind) return [`now a ${b.kind} (was a ${a.kind})`];
  const parts: string[] = [];
  const field = STATE_FIELD[a.kind];
  const before = (a as Record<string, unknown>)[field];
  const after = (b as Record<string, unknown>)[field];
  if (before !== after)
    parts.push(
      a.kind === 'approver'
        ? `stance ${String(before)} → ${String(after)}`
        : `${String(before)} → ${String(after)}`,
    );
  if (a.kind === 'approver' && b.kind === 'approver') {
    if (a.veto !== b.veto) parts.push(b.veto ? 'now has a veto' : 'no longer has a veto');
    if (a.influence !== b.influence) parts.push(`influence ${a.influence} → ${b.influence}`);
  }
  if (
    (a.kind === 'risk' || a.kind === 'friction') &&
    (b.kind === 'risk' || b.kind === 'friction') &&
    a.severity !== b.severity
  ) {
    parts.push(`severity ${a.severity} → ${b.severity}`);
  }
  return parts;
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
    const kind = graph.edgeKinds[e]!;
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
  const own =
    unit.nodes.length === 2
      ? recordSummary(
          from.nodes[unit.nodes[0]!] ?? from.nodes[unit.nodes[1]!],
          to.nodes[unit.nodes[0]!] ?? to.nodes[unit.nodes[1]!],
        )
      : unit.nodes.flatMap((n) => recordSummary(from.nodes[n], to.nodes[n]));
  const added = own.includes('added') || own.includes('removed');
  return [...own, ...(added ? [] : edgeSummary(graph, unit, to, labelOf))].join('; ');
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
      label: unitLabel(unit),
      summary: summarize(graph, unit, sides.from, sides.to, labelOf),
    }))
    .sort((x, y) => Math.abs(y.points) - Math.abs(x.points) || compareIds(x.id, y.id));
}

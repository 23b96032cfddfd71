import { VERDICT_WORDS } from '../../domain/analysis/planVerdict';
import type { StallCounts } from '../../domain/analysis/dealRecord';
import type { Analysis, EvidenceStatus, PlanVerdict } from '../../domain/analysis/types';
import type { Position } from '../../domain/records/common';
import type { DecisionMap } from '../../domain/records/map';
import type { DecisionNode } from '../../domain/records/node';
import type { PlanItem } from '../../domain/records/planItem';
import { describeNode } from '../shared/words';
import type { DecisionFlowNode, PlanFlowNode, WorkbenchFlowNode } from './flowTypes';

export interface Measured {
  width: number;
  height: number;
}

export interface FlowNodesInput {
  map: DecisionMap;
  analysis: Analysis;
  selectedNodes: ReadonlySet<string>;
  selectedPlanItems: ReadonlySet<string>;
  pickingFor: string | null;
  measured: ReadonlyMap<string, Measured>;
  lane: ReadonlyMap<string, Position>;
  /** The lens "show what rests on assumptions" is on. */
  assumptionsLens?: boolean;
}

interface DecisionEntry {
  record: DecisionNode;
  selected: boolean;
  measured: Measured | undefined;
  readiness: number | null;
  constraint: boolean;
  findOutFirst: boolean;
  lift: number | null;
  picked: boolean | null;
  evidence: EvidenceStatus | null;
  stalls: StallCounts | null;
  quiet: boolean;
  node: DecisionFlowNode;
}

interface PlanEntry {
  record: PlanItem;
  position: Position;
  selected: boolean;
  measured: Measured | undefined;
  lift: number | null;
  verdict: PlanVerdict | null;
  picking: boolean;
  node: PlanFlowNode;
}

/**
 * Builds React Flow nodes from the map, keeping the previous node object for every record whose
 * inputs did not change. Dragging one node therefore hands React Flow one new object and the
 * rest unchanged, and only that card re-renders.
 */
export function createFlowNodeBuilder() {
  let decisionCache = new Map<string, DecisionEntry>();
  let planCache = new Map<string, PlanEntry>();

  return function buildFlowNodes(input: FlowNodesInput): WorkbenchFlowNode[] {
    const { map, analysis } = input;
    const readinessById = readinessLookup(analysis);
    const picking = input.pickingFor === null ? null : map.plan.find((p) => p.id === input.pickingFor);
    const pickedIds = picking ? new Set(picking.addresses) : null;
    const nextDecision = new Map<string, DecisionEntry>();
    const nextPlan = new Map<string, PlanEntry>();
    const result: WorkbenchFlowNode[] = [];

    for (const record of map.nodes) {
      const entry: Omit<DecisionEntry, 'node'> = {
        record,
        selected: input.selectedNodes.has(record.id),
        measured: input.measured.get(record.id),
        readiness: readinessById.get(record.id) ?? null,
        constraint: analysis.constraint === record.id,
        findOutFirst: analysis.findOut[0]?.id === record.id,
        lift: analysis.lifts[record.id] ?? null,
        picked: pickedIds ? pickedIds.has(record.id) : null,
        evidence: analysis.evidence.status[record.id] ?? null,
        stalls: analysis.stalls[record.id] ?? null,
        quiet: input.assumptionsLens === true && analysis.evidence.status[record.id] === 'evidenced',
      };
      const previous = decisionCache.get(record.id);
      const node = !previous
        ? decisionNode(entry)
        : sameDecision(previous, entry)
          ? previous.node
          : decisionNode(entry, sameCard(previous, entry) ? previous.node : undefined);
      nextDecision.set(record.id, { ...entry, node });
      result.push(node);
    }

    const itemAnalysis = new Map(analysis.plan.items.map((item) => [item.id, item]));
    for (const record of map.plan) {
      const found = itemAnalysis.get(record.id);
      const entry: Omit<PlanEntry, 'node'> = {
        record,
        position: input.lane.get(record.id) ?? { x: 0, y: 0 },
        selected: input.selectedPlanItems.has(record.id),
        measured: input.measured.get(record.id),
        lift: found?.lift ?? null,
        verdict: found?.verdict ?? null,
        picking: input.pickingFor === record.id,
      };
      const previous = planCache.get(record.id);
      const node = !previous
        ? planNode(entry)
        : samePlan(previous, entry)
          ? previous.node
          : planNode(entry, samePlanCard(previous, entry) ? previous.node.data : undefined);
      nextPlan.set(record.id, { ...entry, node });
      result.push(node);
    }

    decisionCache = nextDecision;
    planCache = nextPlan;
    return result;
  };
}

function readinessLookup(analysis: Analysis): Map<string, number> {
  return new Map(analysis.approvers.map((a) => [a.id, a.readiness]));
}

const sameMeasured = (a: Measured | undefined, b: Measured | undefined) =>
  a === b || (a !== undefined && b !== undefined && a.width === b.width && a.height === b.height);

/** True when a card would show the same: its `data` object can be kept, so the card does not re-render. */
function sameCard(a: Omit<DecisionEntry, 'node'>, b: Omit<DecisionEntry, 'node'>): boolean {
  return (
    a.record === b.record &&
    a.readiness === b.readiness &&
    a.constraint === b.constraint &&
    a.findOutFirst === b.findOutFirst &&
    a.lift === b.lift &&
    a.picked === b.picked &&
    a.evidence === b.evidence &&
    sameStalls(a.stalls, b.stalls) &&
    a.quiet === b.quiet
  );
}

const sameStalls = (a: StallCounts | null, b: StallCounts | null) =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.won === b.won &&
    a.lost === b.lost &&
    a['no-decision'] === b['no-decision'] &&
    a.open === b.open);

function sameDecision(a: Omit<DecisionEntry, 'node'>, b: Omit<DecisionEntry, 'node'>): boolean {
  return sameCard(a, b) && a.selected === b.selected && sameMeasured(a.measured, b.measured);
}

function samePlanCard(a: Omit<PlanEntry, 'node'>, b: Omit<PlanEntry, 'node'>): boolean {
  return a.record === b.record && a.lift === b.lift && a.verdict === b.verdict && a.picking === b.picking;
}

function samePlan(a: Omit<PlanEntry, 'node'>, b: Omit<PlanEntry, 'node'>): boolean {
  return (
    samePlanCard(a, b) &&
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.selected === b.selected &&
    sameMeasured(a.measured, b.measured)
  );
}

/**
 * A React Flow node for a decision record. `same` is the previous node when the card shows the same (only
 * its measured size or selection changed): its `data` is kept, so the memoised card does not render again.
 */
function decisionNode(entry: Omit<DecisionEntry, 'node'>, same?: DecisionFlowNode): DecisionFlowNode {
  const { record } = entry;
  const ariaLabel =
    same?.ariaLabel ??
    describeNode(record, {
      ...(entry.readiness !== null ? { readiness: entry.readiness } : {}),
      constraint: entry.constraint,
      findOutFirst: entry.findOutFirst,
      ...(entry.lift !== null ? { lift: entry.lift } : {}),
      ...(entry.evidence !== null ? { evidence: entry.evidence } : {}),
      ...(entry.stalls !== null ? { stalls: entry.stalls } : {}),
    });
  return {
    id: record.id,
    type: record.kind,
    position: record.position,
    selected: entry.selected,
    // The constraint's frame and tag reach over its neighbours: keep it on top.
    zIndex: entry.constraint || entry.findOutFirst ? 5 : 0,
    ariaLabel,
    ...(entry.measured ? { measured: entry.measured } : {}),
    data: same?.data ?? {
      record,
      readiness: entry.readiness,
      constraint: entry.constraint,
      findOutFirst: entry.findOutFirst,
      lift: entry.lift,
      picked: entry.picked,
      evidence: entry.evidence,
      stalls: entry.stalls,
      quiet: entry.quiet,
    },
  } as DecisionFlowNode;
}

function planNode(entry: Omit<PlanEntry, 'node'>, data?: PlanFlowNode['data']): PlanFlowNode {
  const { record, verdict } = entry;
  const verdictText = verdict ? VERDICT_WORDS[verdict].name.toLowerCase() : '';
  return {
    id: record.id,
    type: 'planItem',
    position: entry.position,
    selected: entry.selected,
    draggable: false,
    ariaLabel: `Plan item: ${record.title}${verdictText ? `, ${verdictText}` : ''}`,
    ...(entry.measured ? { measured: entry.measured } : {}),
    data: data ?? { record, lift: entry.lift, verdict, picking: entry.picking },
  };
}

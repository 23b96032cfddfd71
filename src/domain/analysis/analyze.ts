import type { DecisionMap } from '../records/map';
import type { DecisionNode } from '../records/node';
import { compareIds } from './compareIds';
import { findOpenQuestions } from './openQuestions';
import { analyzePlan } from './planAnalysis';
import { findLifts } from './lifts';
import { round1 } from './round';
import { ScoreModel } from './scoreModel';
import { scoringGraphOf, type ScoringGraph } from './scoringGraph';
import type { Analysis, ApproverReadiness } from './types';

/** Each approver's readiness and what still stands in their way, most ready first. */
function approverReadiness(
  graph: ScoringGraph,
  nodes: readonly (DecisionNode | undefined)[],
  model: ScoreModel,
): ApproverReadiness[] {
  const readiness: ApproverReadiness[] = [];
  const { start, edges } = graph.links;
  for (const a of graph.approvers) {
    const approver = nodes[a];
    if (approver?.kind !== 'approver') continue;
    const open: number[] = [];
    for (let i = start[a]!; i < start[a + 1]!; i++) {
      const e = edges[i]!;
      if (model.linkCounts(e) && !model.isResolvedAt(graph.linkItem[e]!)) open.push(graph.linkItem[e]!);
    }
    // Worst factor first, then id (node numbers follow ids).
    const unresolved = open
      .sort((x, y) => model.itemFactor(x) - model.itemFactor(y) || x - y)
      .map((item) => graph.ids[item]!);
    readiness.push({
      id: approver.id,
      label: approver.label,
      veto: approver.veto,
      influence: approver.influence,
      stance: approver.stance,
      readiness: round1(100 * model.readiness(a)),
      unresolved,
    });
  }
  return readiness.sort((x, y) => y.readiness - x.readiness || compareIds(x.id, y.id));
}

/**
 * Everything the workbench says about a decision map: obviousness, the lift of every unresolved
 * node, the drivers and the constraint, each approver's readiness, the open questions and the plan
 * check. Deterministic and independent of the order of records in the map. docs/scoring.md
 * explains the formula.
 */
export function analyze(map: DecisionMap): Analysis {
  const { graph, side } = scoringGraphOf(map);
  const model = new ScoreModel(graph, side);
  const { score, lifts, drivers } = findLifts(model, side);
  const present = side.nodes.filter((node): node is DecisionNode => node !== undefined);

  const requiresSomething = (id: string): boolean => {
    const a = graph.numberOf('approver', id);
    if (a === undefined) return false;
    for (let i = graph.links.start[a]!; i < graph.links.start[a + 1]!; i++)
      if (graph.edgeKinds[graph.links.edges[i]!] === 'requires') return true;
    return false;
  };
  return {
    score,
    constraint: drivers[0]?.id ?? null,
    drivers,
    approvers: approverReadiness(graph, side.nodes, model),
    openQuestions: findOpenQuestions(present, requiresSomething),
    plan: analyzePlan(map, { model, score, numberOf: graph.firstNumberOf, ids: graph.ids, lifts, drivers }),
    lifts,
  };
}

import { findLifts } from '../analysis/lifts';
import { round1 } from '../analysis/round';
import { ScoreModel } from '../analysis/scoreModel';
import { buildScoringGraph } from '../analysis/scoringGraph';
import type { DecisionMap } from '../records/map';
import { contributionsOf, findChangeUnits, groupTotals, unitPoints } from './contributions';
import { knowledgeChanges } from './knowledgeChanges';
import { compareById, compareEdges, compareMapFields, compareNodes } from './recordChanges';
import type { MapDiff } from './types';

/**
 * What changed from one decision map to another (usually last quarter's and this quarter's), and
 * why the score moved: nodes, edges and plan items added, removed or changed, the score and the
 * constraint on each side, and the score delta explained as one contribution per changed node.
 * Both maps are scored with the same evaluator as `analyze`, over one graph that holds both.
 */
export function diff(a: DecisionMap, b: DecisionMap): MapDiff {
  const { graph, sides } = buildScoringGraph([a, b]);
  const [from, to] = [sides[0]!, sides[1]!];
  const forward = new ScoreModel(graph, from);
  const backward = new ScoreModel(graph, to);
  const before = findLifts(forward, from);
  const after = findLifts(backward, to);
  const scoreDelta = round1(after.score - before.score);

  const units = findChangeUnits(graph, from, to);
  const points = unitPoints(units, from, to, forward, backward);
  const labelOf = (n: number): string => (to.nodes[n] ?? from.nodes[n])?.label ?? graph.ids[n]!;
  const plan = compareById(a.plan, b.plan, ['id']);
  const contributions = contributionsOf(graph, units, points, scoreDelta, { from, to }, labelOf);

  return {
    scoreDelta,
    from: {
      id: a.id,
      title: a.title,
      period: a.period,
      score: before.score,
      constraint: before.drivers[0]?.id ?? null,
    },
    to: {
      id: b.id,
      title: b.title,
      period: b.period,
      score: after.score,
      constraint: after.drivers[0]?.id ?? null,
    },
    map: compareMapFields(a, b),
    nodes: compareNodes(graph, from, to),
    edges: compareEdges(from, to),
    plan: { added: plan.added, removed: plan.removed, changed: plan.changed },
    constraint: { from: before.drivers[0]?.id ?? null, to: after.drivers[0]?.id ?? null },
    contributions,
    groups: groupTotals(contributions),
    retagged: plan.changed
      .filter((change) => Object.hasOwn(change.fields, 'addresses'))
      .map((change) => change.id),
    evidence: knowledgeChanges(a, b),
  };
}

import type { DecisionMap } from '../records/map';
import type { DecisionNode } from '../records/node';
import { compareIds, signOf } from './compareIds';
import { analyzeEvidence } from './evidence';
import { checkMarket } from './marketCheck';
import { constraintPath, findLifts } from './lifts';
import { findOpenQuestions, unknownStateQuestion } from './openQuestions';
import { analyzePlan } from './planAnalysis';
import { PATH_LENGTH } from './planVerdict';
import { round1 } from './round';
import { ScoreModel } from './scoreModel';
import { EDGE_KIND_NUMBER, scoringGraphOf, type ScoringGraph } from './scoringGraph';
import type { Analysis, ApproverReadiness, Band, FindOut } from './types';

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
      .sort((x, y) => signOf(model.itemFactor(x) - model.itemFactor(y)) || x - y)
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
  return readiness.sort((x, y) => signOf(y.readiness - x.readiness) || compareIds(x.id, y.id));
}

/** The score if every unknown came back halfway: the top of the band. */
function bandOf(model: ScoreModel, unknown: readonly number[], score: number): Band {
  if (unknown.length === 0) return { low: score, high: score };
  const mark = model.checkpoint();
  for (const n of unknown) model.answerHalfwayAt(n);
  const high = model.score();
  model.rollback(mark);
  return { low: score, high };
}

/**
 * Everything the workbench says about a decision map: obviousness and its band, the lift of every
 * unresolved node, the drivers, the constraint and the path after it, the find-outs, each approver's
 * readiness, the open questions and the plan check; then what the verdict rests on (evidence) and
 * where the deal record disagrees with it (market check), neither of which changes the score. Deterministic and independent of the order of
 * records in the map. docs/scoring.md explains the formula.
 */
export function analyze(map: DecisionMap): Analysis {
  const { graph, side } = scoringGraphOf(map);
  const model = new ScoreModel(graph, side);
  const { score, lifts, drivers, findOuts, resolvedRaw } = findLifts(model, side);
  const unknown: number[] = [];
  for (let n = 0; n < side.nodes.length; n++) if (model.isUnknownAt(n)) unknown.push(n);
  const constraint = drivers[0]?.id ?? null;
  const path = once(() => constraintPath(model, graph, side, drivers, PATH_LENGTH));

  const requiresSomething = (id: string): boolean => {
    const a = graph.numberOf('approver', id);
    if (a === undefined) return false;
    for (let i = graph.links.start[a]!; i < graph.links.start[a + 1]!; i++)
      if (graph.edgeKindNumbers[graph.links.edges[i]!] === EDGE_KIND_NUMBER.requires) return true;
    return false;
  };
  const findOut: FindOut[] = findOuts.map(({ id, value }) => {
    const node = side.nodes[graph.firstNumberOf(id)!]!;
    return { id, question: unknownStateQuestion(node) ?? '', value };
  });
  // The score, its band, the drivers and the find-outs are computed here: the top bar and the inspector
  // show them as soon as an edit is made. The rest is computed when first read, each part once, so an
  // edit's own task pays only for the panels on screen; the canvas, which reads everything, takes the
  // edited map after that frame has painted. The model is at rest between reads (every what-if is rolled
  // back) and the graph is never changed, so the order of reads never changes a result.
  const pathIds = once(() => path().map((n) => graph.ids[n]!));
  const approvers = once(() => approverReadiness(graph, side.nodes, model));
  const openQuestions = once(() =>
    findOpenQuestions(
      side.nodes.filter((node): node is DecisionNode => node !== undefined),
      requiresSomething,
    ),
  );
  const evidence = once(() => analyzeEvidence(map, { model, graph, side, resolvedRaw }));
  const market = once(() => {
    const { marketCheck, stalls } = checkMarket(map, constraint, evidence().currentFrom);
    return { marketCheck, stalls: Object.fromEntries(stalls) };
  });
  const plan = once(() =>
    analyzePlan(map, {
      graph,
      model,
      side,
      score,
      numberOf: graph.firstNumberOf,
      drivers,
      findOuts,
      path: path(),
      unknown,
    }),
  );
  return {
    score,
    band: bandOf(model, unknown, score),
    constraint,
    drivers: drivers.map(({ id, lift }) => ({ id, lift })),
    get path() {
      return pathIds();
    },
    findOut,
    get approvers() {
      return approvers();
    },
    get openQuestions() {
      return openQuestions();
    },
    get plan() {
      return plan();
    },
    lifts,
    get evidence() {
      return evidence();
    },
    get marketCheck() {
      return market().marketCheck;
    },
    get stalls() {
      return market().stalls;
    },
  };
}

/** `compute`'s value, computed on the first call and kept. */
function once<T>(compute: () => T): () => T {
  let value: { computed: T } | undefined;
  return () => (value ??= { computed: compute() }).computed;
}

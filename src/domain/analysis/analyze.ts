import type { DecisionMap } from '../records/map';
import type { DecisionNode } from '../records/node';
import { compareIds, signOf } from './compareIds';
import { analyzeEvidence } from './evidence';
import { checkMarket } from './marketCheck';
import { constraintPath, findLifts, type Lifts } from './lifts';
import { findOpenQuestions, unknownStateQuestion } from './openQuestions';
import { analyzePlan } from './planAnalysis';
import { PATH_LENGTH } from './planVerdict';
import { round1 } from './round';
import { ScoreModel } from './scoreModel';
import { EDGE_KIND_NUMBER, scoringGraphOf, type GraphSide, type ScoringGraph } from './scoringGraph';
import type { Analysis, ApproverReadiness, Band } from './types';

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
  const requiresSomething = (id: string): boolean => {
    const a = graph.numberOf('approver', id);
    if (a === undefined) return false;
    for (let i = graph.links.start[a]!; i < graph.links.start[a + 1]!; i++)
      if (graph.edgeKindNumbers[graph.links.edges[i]!] === EDGE_KIND_NUMBER.requires) return true;
    return false;
  };
  return analysisWith(
    {
      score,
      band: bandOf(model, unknown, score),
      constraint: drivers[0]?.id ?? null,
      drivers: drivers.map(({ id, lift }) => ({ id, lift })),
      findOut: findOuts.map(({ id, value }) => {
        const node = side.nodes[graph.firstNumberOf(id)!]!;
        return { id, question: unknownStateQuestion(node) ?? '', value };
      }),
      openQuestions: findOpenQuestions(
        side.nodes.filter((node): node is DecisionNode => node !== undefined),
        requiresSomething,
      ),
      lifts,
    },
    {
      map,
      graph,
      side,
      model,
      drivers,
      findOuts,
      resolvedRaw,
      unknown,
    },
  );
}

/** What the parts read later need, let go of once every part has been read. */
interface LaterInputs {
  map: DecisionMap;
  graph: ScoringGraph;
  side: GraphSide;
  /** At rest between reads: every what-if is rolled back. */
  model: ScoreModel;
  drivers: Lifts['drivers'];
  findOuts: Lifts['findOuts'];
  resolvedRaw: Float64Array;
  unknown: readonly number[];
}

type ReadLater = 'path' | 'approvers' | 'plan' | 'evidence' | 'marketCheck' | 'stalls';

/**
 * The analysis: `now` as computed, the rest computed when first read, each part once. The score, its
 * band, the drivers, the find-outs and the open questions are what the top bar, the inspector and the
 * Score tab show as soon as an edit is made; the rest is read by the canvas, after the edited map's
 * frame has painted, and by the panels that show it. The graph is never changed and the model is at rest between reads, so the order of reads
 * never changes a result. Made apart from `analyze`, so the getters hold nothing of its working state.
 */
function analysisWith(now: Omit<Analysis, ReadLater>, later: LaterInputs): Analysis {
  let inputs: LaterInputs | null = later;
  let unread = 0;
  const part = <T>(compute: (inputs: LaterInputs) => T): (() => T) => {
    unread++;
    return once(() => {
      const value = compute(inputs!);
      if (--unread === 0) inputs = null;
      return value;
    });
  };
  const path = part(({ model, graph, side, drivers }) => {
    const numbers = constraintPath(model, graph, side, drivers, PATH_LENGTH);
    return { numbers, ids: numbers.map((n) => graph.ids[n]!) };
  });
  const approvers = part(({ model, graph, side }) => approverReadiness(graph, side.nodes, model));
  const evidence = part(({ map, model, graph, side, resolvedRaw }) =>
    analyzeEvidence(map, { model, graph, side, resolvedRaw }),
  );
  const market = part(({ map }) => {
    const { marketCheck, stalls } = checkMarket(map, now.constraint, evidence().currentFrom);
    return { marketCheck, stalls: Object.fromEntries(stalls) };
  });
  const plan = part(({ map, model, graph, side, drivers, findOuts, unknown }) =>
    analyzePlan(map, {
      graph,
      model,
      side,
      score: now.score,
      numberOf: graph.firstNumberOf,
      drivers,
      findOuts,
      path: path().numbers,
      unknown,
    }),
  );
  return {
    score: now.score,
    band: now.band,
    constraint: now.constraint,
    drivers: now.drivers,
    get path() {
      return path().ids;
    },
    findOut: now.findOut,
    get approvers() {
      return approvers();
    },
    openQuestions: now.openQuestions,
    get plan() {
      return plan();
    },
    lifts: now.lifts,
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

/** `compute`'s value, computed on the first call and kept; `compute` (and all it holds) is let go. */
function once<T>(compute: () => T): () => T {
  let pending: (() => T) | null = compute;
  let value: T | undefined;
  return () => {
    if (pending) {
      value = pending();
      pending = null;
    }
    return value as T;
  };
}

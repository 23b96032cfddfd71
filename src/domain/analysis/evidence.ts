import type { Evidence, EvidenceSource } from '../records/common';
import type { DecisionMap } from '../records/map';
import type { DecisionNode } from '../records/node';
import { signOf } from './compareIds';
import { currentFrom } from './evidenceDates';
import { assumptionQuestion, newestMarketDate, staleQuestion } from './evidenceWords';
import type { ScoreModel } from './scoreModel';
import type { GraphSide, ScoringGraph } from './scoringGraph';
import type { EvidenceAnalysis, EvidenceStatus } from './types';

/** What the market said or did (FORMAT.md version 2); `team` and `unspecified` are not market evidence. */
export const MARKET_SOURCES: ReadonlySet<EvidenceSource> = new Set(['buyer', 'deal', 'win-loss', 'research']);

export const isMarketEvidence = (item: Evidence): boolean => MARKET_SOURCES.has(item.source);

/** At most this many assumptions become questions, each carrying at least this share of the weight. */
export const MAX_QUESTIONS = 3;
export const QUESTION_SHARE = 0.1;

/** Where one known state comes from: evidenced, assumed or stale (never find-out: it is known). */
export function statusOfEvidence(
  node: DecisionNode,
  from: string | null,
): Exclude<EvidenceStatus, 'find-out'> {
  let market = false;
  for (const item of node.evidence ?? []) {
    if (!isMarketEvidence(item)) continue;
    // Undated market evidence is taken at its word: nothing says it is old.
    if (from === null || item.date === undefined || item.date >= from) return 'evidenced';
    market = true;
  }
  return market ? 'stale' : 'assumed';
}

/**
 * How far each known state decides today's verdict, by node number (NaN for an absent node or an
 * unknown state): the score with the node at its best state (`resolvedRaw`, measured once for the
 * lifts) minus the score with it at its worst explicit state (opposed, missing, unreduced, present),
 * everything else as it is. A state nothing hangs on weighs 0; a veto holder's stance usually weighs
 * the most.
 */
export function stateWeights(model: ScoreModel, side: GraphSide, resolvedRaw: Float64Array): Float64Array {
  const weights = new Float64Array(side.nodes.length).fill(NaN);
  const raw = model.rawScore();
  for (let n = 0; n < side.nodes.length; n++) {
    if (!side.nodes[n] || model.isUnknownAt(n)) continue;
    // A node at its worst already, or one whose state reaches no approver, leaves every total as it
    // is: at its worst it scores what the map scores, with no what-if to run.
    let worst = raw;
    if (!model.isAtWorstAt(n) && model.reachesTheScore(n)) {
      const mark = model.checkpoint();
      model.worstAt(n);
      worst = model.rawScore();
      model.rollback(mark);
    }
    weights[n] = Math.max(0, resolvedRaw[n]! - worst);
  }
  return weights;
}

/**
 * Which states rest on market evidence and which on the team's belief, and how much of the verdict
 * that is. Evidence never changes the score: it says how far to trust it (docs/scoring.md, "What
 * the verdict rests on"). Unknown states are find-outs, not assumptions, and are left out.
 */
export function analyzeEvidence(
  map: DecisionMap,
  context: {
    model: ScoreModel;
    graph: ScoringGraph;
    side: GraphSide;
    /** The unrounded score with each node resolved alone, by node number (`Lifts.resolvedRaw`). */
    resolvedRaw: Float64Array;
  },
): EvidenceAnalysis {
  const { model, graph, side, resolvedRaw } = context;
  const from = currentFrom(map);
  const stateWeight = stateWeights(model, side, resolvedRaw);
  const status: Record<string, EvidenceStatus> = Object.create(null) as Record<string, EvidenceStatus>;
  // Node numbers of the assumed and stale states (node numbers follow ids), and which are stale.
  const unbacked: number[] = [];
  const stale = new Uint8Array(side.nodes.length);
  let total = 0;
  let backed = 0;
  for (let n = 0; n < side.nodes.length; n++) {
    const node = side.nodes[n];
    if (!node) continue;
    if (model.isUnknownAt(n)) {
      status[node.id] = 'find-out';
      continue;
    }
    const own = statusOfEvidence(node, from);
    status[node.id] = own;
    const weight = stateWeight[n]!;
    total += weight;
    if (own === 'evidenced') backed += weight;
    else unbacked.push(n);
    if (own === 'stale') stale[n] = 1;
  }
  // Heaviest first, then id: the assumption that matters most leads every list.
  unbacked.sort((x, y) => signOf(stateWeight[y]! - stateWeight[x]!) || x - y);
  const questions = unbacked
    .filter((n) => total > 0 && stateWeight[n]! >= QUESTION_SHARE * total)
    .slice(0, MAX_QUESTIONS)
    .map((n) => {
      const node = side.nodes[n]!;
      return {
        id: node.id,
        question: stale[n]
          ? staleQuestion(node, newestMarketDate(node.evidence ?? [], isMarketEvidence) ?? '')
          : assumptionQuestion(node),
      };
    });
  return {
    coverage: total > 0 ? Math.round((100 * backed) / total) / 100 : 0,
    assumed: unbacked.filter((n) => !stale[n]).map((n) => graph.ids[n]!),
    stale: unbacked.filter((n) => stale[n]).map((n) => graph.ids[n]!),
    questions,
    status,
    currentFrom: from,
  };
}

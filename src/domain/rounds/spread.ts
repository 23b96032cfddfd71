import { compareIds } from '../analysis/compareIds';
import type { DecisionNode } from '../records/node';
import { statesOf, type NodeState } from '../records/nodeState';
import type { Answers, Counts } from './round';

/*
 * The spread of a room's answers on one node, and how far apart they are. The spread is itself a
 * finding: a room split from skeptical to supportive does not know, whatever the loudest voice said.
 */

export interface Spread {
  nodeId: string;
  /** The node's states, worst → best, `unknown` ("don't know") first: what `counts` counts. */
  states: readonly NodeState[];
  counts: Counts;
  /** Everyone who answered this node, "don't know" included. */
  answered: number;
  /**
   * How far apart the answers are: the average distance between two people's answers, in steps of
   * the node's scale (skeptical → neutral is one step), "don't know" left out. 0 when everyone agrees.
   */
  disagreement: number;
}

/** The average distance between two answers, over every pair of people who gave a state. */
export function disagreementOf(counts: Counts): number {
  let pairs = 0;
  let distance = 0;
  for (let i = 1; i < counts.length; i++) {
    const a = counts[i] ?? 0;
    pairs += (a * (a - 1)) / 2;
    for (let j = i + 1; j < counts.length; j++) {
      const b = counts[j] ?? 0;
      pairs += a * b;
      distance += a * b * (j - i);
    }
  }
  return pairs === 0 ? 0 : distance / pairs;
}

/** A spread from counts (a show of hands, or a revealed round); counts that do not fit the node are ignored. */
export function spreadFromCounts(node: DecisionNode, counts: Counts): Spread {
  const states = statesOf(node);
  const fitted = states.map((_, i) => {
    const n = counts[i] ?? 0;
    return Number.isInteger(n) && n > 0 ? n : 0;
  });
  return {
    nodeId: node.id,
    states,
    counts: fitted,
    answered: fitted.reduce((sum, n) => sum + n, 0),
    disagreement: disagreementOf(fitted),
  };
}

/** Counts of everyone's answers on one node. */
export function countAnswers(node: DecisionNode, everyone: readonly Answers[]): number[] {
  const states = statesOf(node);
  const counts = states.map(() => 0);
  for (const answers of everyone) {
    const state = answers.get(node.id);
    const index = state === undefined ? -1 : states.indexOf(state);
    if (index >= 0) counts[index] = (counts[index] ?? 0) + 1;
  }
  return counts;
}

/** Widest disagreement first; then most "don't know"; then most answers; then by id. */
export function widestFirst(spreads: readonly Spread[]): Spread[] {
  return [...spreads].sort(
    (a, b) =>
      b.disagreement - a.disagreement ||
      (b.counts[0] ?? 0) - (a.counts[0] ?? 0) ||
      b.answered - a.answered ||
      compareIds(a.nodeId, b.nodeId),
  );
}

/** "3 skeptical, 2 neutral, 1 supportive, 1 don't know": worst → best, then those who do not know. */
export function spreadText(spread: Spread): string {
  const parts: string[] = [];
  spread.states.forEach((state, i) => {
    const n = spread.counts[i] ?? 0;
    if (i > 0 && n > 0) parts.push(`${n} ${state}`);
  });
  const dontKnow = spread.counts[0] ?? 0;
  if (dontKnow > 0) parts.push(`${dontKnow} don't know`);
  return parts.length === 0 ? 'no answers' : parts.join(', ');
}

/** The state most people gave (the worse one on a tie), or null when nobody gave a state. */
export function mostGiven(spread: Spread): NodeState | null {
  let best = -1;
  for (let i = 1; i < spread.counts.length; i++)
    if ((spread.counts[i] ?? 0) > 0 && (best < 0 || (spread.counts[i] ?? 0) > (spread.counts[best] ?? 0)))
      best = i;
  return best < 0 ? null : (spread.states[best] ?? null);
}

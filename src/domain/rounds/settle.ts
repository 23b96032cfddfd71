import type { NodePatch } from '../edits/types';
import { LIMITS } from '../limits';
import type { Evidence } from '../records/common';
import type { DecisionNode } from '../records/node';
import { statesOf, type NodeState } from '../records/nodeState';
import { spreadText, type Spread } from './spread';

/*
 * Settling a node after a round: the facilitator picks its state (or marks it unknown: a question to
 * take to the market), and the round is recorded on the node as evidence — the room's estimate, which
 * the map must never confuse with what the market said.
 */

/** How the room's answers were gathered. */
export type RoundWay = 'private' | 'hands';

/**
 * The evidence entry that records a round: "room estimate 2026-12-05: 3 skeptical, 2 neutral,
 * 1 supportive — settled as skeptical; the team's view, not the market's".
 *
 * Its source is `team`: the analysis counts it as an assumption, never as market evidence.
 */
export function roundEvidence(
  spread: Spread,
  settled: NodeState,
  date: string,
  way: RoundWay = 'private',
): Evidence {
  const how = way === 'hands' ? 'room estimate (show of hands)' : 'room estimate';
  const outcome = settled === 'unknown' ? 'left unknown: a find-out' : `settled as ${settled}`;
  const text = `${how} ${date}: ${spreadText(spread)} — ${outcome}; the team's view, not the market's`;
  return { source: 'team', text: text.slice(0, LIMITS.evidenceText), date };
}

/** The date of `now` as YYYY-MM-DD in the given local time (the room's day, not UTC's). */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export type SettleOutcome = { ok: true; patch: NodePatch } | { ok: false; message: string };

/**
 * The change that settles `node`: its state set to `settled` and the round added to its evidence
 * (one edit, one undo step). Refused when the state is not one the node can take, when nobody
 * answered, or when the node's evidence is full.
 */
export function settlePatch(
  node: DecisionNode,
  spread: Spread,
  settled: NodeState,
  date: string,
  way: RoundWay = 'private',
): SettleOutcome {
  if (spread.nodeId !== node.id) return { ok: false, message: 'This spread belongs to another node.' };
  if (!statesOf(node).includes(settled))
    return { ok: false, message: `“${settled}” is not a state a ${node.kind} can take.` };
  if (spread.answered === 0) return { ok: false, message: 'Nobody answered: there is nothing to record.' };
  const evidence = node.evidence ?? [];
  if (evidence.length >= LIMITS.evidenceItems)
    return {
      ok: false,
      message: `“${node.label}” already holds ${LIMITS.evidenceItems} pieces of evidence.`,
    };
  const entry = roundEvidence(spread, settled, date, way);
  const state: NodePatch =
    node.kind === 'approver'
      ? { stance: settled as typeof node.stance }
      : node.kind === 'risk'
        ? { reduction: settled as typeof node.reduction }
        : { status: settled as typeof node.status };
  return { ok: true, patch: { ...state, evidence: [...evidence, entry] } };
}

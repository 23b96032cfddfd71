import type { StallCounts } from '../../domain/analysis/dealRecord';
import type { ApproverReadiness, EvidenceStatus } from '../../domain/analysis/types';
import type { DecisionNode } from '../../domain/records/node';
import { KIND_NAME } from '../../domain/words';
import type { EdgeKind, NodeKind, PlanCategory } from '../../domain/records/states';
import {
  FRICTION_STATUSES,
  PROOF_STATUSES,
  RESOLVED,
  RISK_REDUCTIONS,
  STANCES,
} from '../../domain/records/states';

/** The words a room reads beyond the domain's (src/domain/words.ts): state names, descriptions of records. */

/** What each kind stands for, as the product says it. */
export const KIND_QUESTION: Record<NodeKind, string> = {
  approver: 'Who must approve it',
  proof: 'What proof must exist',
  risk: 'What risk must be reduced',
  friction: 'What friction must disappear',
};

export const CATEGORY_NAME: Record<PlanCategory, string> = {
  hiring: 'Hiring',
  feature: 'Feature',
  segment: 'Segment',
  pipeline: 'Pipeline',
  marketing: 'Marketing',
  partnership: 'Partnership',
  process: 'Process',
  other: 'Other',
};

export const EDGE_VERB: Record<EdgeKind, string> = {
  requires: 'requires',
  fears: 'fears',
  reduces: 'reduces',
  burdens: 'burdens',
  influences: 'influences',
};

/** The name of a node's state field and its value, e.g. ["Stance", "skeptical"]. */
export function stateOf(node: DecisionNode): { field: string; value: string } {
  switch (node.kind) {
    case 'approver':
      return { field: 'Stance', value: node.stance };
    case 'proof':
      return { field: 'Status', value: node.status };
    case 'risk':
      return { field: 'Reduction', value: node.reduction };
    case 'friction':
      return { field: 'Status', value: node.status };
  }
}

/** A node's state as its card says it: short, and unambiguous without the field name. */
export function cardStateText(node: DecisionNode): string {
  switch (node.kind) {
    case 'approver':
      return node.stance === 'unknown' ? 'stance unknown?' : node.stance;
    case 'proof':
      return node.status === 'unknown' ? 'status unknown?' : node.status;
    case 'risk':
      return {
        unknown: 'reduction unknown?',
        none: 'not reduced',
        partial: 'partly reduced',
        reduced: 'reduced',
      }[node.reduction];
    case 'friction':
      return node.status === 'unknown' ? 'status unknown?' : node.status;
  }
}

/** The explicit states of a node's kind, worst → best (`unknown` left out). */
function explicitStates(node: DecisionNode): readonly string[] {
  switch (node.kind) {
    case 'approver':
      return STANCES.slice(1);
    case 'proof':
      return PROOF_STATUSES.slice(1);
    case 'risk':
      return RISK_REDUCTIONS.slice(1);
    case 'friction':
      return FRICTION_STATUSES.slice(1);
  }
}

/**
 * A node's state for a small meter: how many steps it is past the worst explicit state, out of how
 * many. `unknown` shows as an empty meter: an unanswered question is no better than the worst answer.
 */
export function stateSteps(node: DecisionNode): { filled: number; of: number } {
  const states = explicitStates(node);
  const index = states.indexOf(stateOf(node).value);
  return { filled: Math.max(0, index), of: states.length - 1 };
}

/** Percent as the room reads it: whole numbers, no decimals. */
export const percent = (value: number): string => `${Math.round(value)}%`;

/** A lift as "+18.5". */
export const formatLift = (lift: number): string => `${lift >= 0 ? '+' : '−'}${Math.abs(lift).toFixed(1)}`;

/**
 * A driver's lift as a room reads it: "+18.5", or "under +0.1" when an unknown holds the score down
 * so far that resolving it moves the score by less than a twentieth of a point today.
 */
export const liftText = (lift: number): string => (lift > 0 ? formatLift(lift) : 'under +0.1');

/** The score as shown large: one decimal only when it has one. */
export const formatScore = (score: number): string =>
  Number.isInteger(score) ? String(score) : score.toFixed(1);

/**
 * The accessible name of a node on the canvas, e.g.
 * "Approver: CFO, veto, stance skeptical, readiness 31%".
 */
export function describeNode(
  node: DecisionNode,
  extra: {
    readiness?: number;
    constraint?: boolean;
    findOutFirst?: boolean;
    lift?: number;
    evidence?: EvidenceStatus;
    stalls?: StallCounts;
  } = {},
): string {
  const parts: string[] = [`${KIND_NAME[node.kind]}: ${node.label}`];
  if (node.kind === 'approver' && node.veto) parts.push('veto');
  const state = stateOf(node);
  parts.push(`${state.field.toLowerCase()} ${state.value}`);
  if (node.kind === 'risk' || node.kind === 'friction') parts.push(`severity ${node.severity} of 5`);
  if (extra.readiness !== undefined) parts.push(`readiness ${percent(extra.readiness)}`);
  if (extra.constraint) parts.push(`the constraint, lift ${liftText(extra.lift ?? 0)}`);
  if (extra.findOutFirst) parts.push('find out first');
  if (extra.evidence !== undefined && extra.evidence !== 'find-out')
    parts.push(EVIDENCE_WORDS[extra.evidence].long);
  if (extra.stalls !== undefined) parts.push(`deals stalled here: ${stallWords(extra.stalls)}`);
  return parts.join(', ');
}

/** "CFO (veto) — skeptical, 31% ready" for lists. */
export function describeReadiness(approver: ApproverReadiness): string {
  return `${approver.label}${approver.veto ? ' (veto)' : ''}: ${approver.stance}, ${percent(approver.readiness)} ready`;
}

/** "were verified", "were a champion": how the what-if asks about resolving a node. */
export function resolvedPhrase(node: DecisionNode): string {
  return node.kind === 'approver' ? 'were a champion' : `were ${RESOLVED[node.kind]}`;
}

/** "+14.5 points", "−2 points", "no change". */
export function deltaWords(delta: number): string {
  const rounded = Math.round(delta * 10) / 10;
  if (rounded === 0) return 'no change';
  const size = Math.abs(rounded);
  return `${rounded > 0 ? '+' : '−'}${Number.isInteger(size) ? size : size.toFixed(1)} points`;
}

/**
 * A find-out as the top bar has room for it: "Legal's stance?", "SOC 2 report: exists?", … (the full
 * question is in the score panel and the button's title).
 */
export function shortQuestion(node: DecisionNode): string {
  switch (node.kind) {
    case 'approver':
      return `${node.label}: stance?`;
    case 'proof':
      return `${node.label}: exists?`;
    case 'risk':
      return `${node.label}: how far reduced?`;
    case 'friction':
      return `${node.label}: still in the way?`;
  }
}

/** What a known state rests on, as a sentence says it (the word on a card is the evidence mark's). */
export const EVIDENCE_WORDS: Record<Exclude<EvidenceStatus, 'find-out'>, { long: string }> = {
  evidenced: { long: 'evidenced by the market' },
  assumed: { long: 'assumed by the team' },
  stale: { long: 'evidence older than two quarters' },
};

/** "3 lost, 1 no decision": stalled deals by outcome, outcomes with none left out. */
export function stallWords(stalls: StallCounts): string {
  const parts: string[] = [];
  if (stalls.lost > 0) parts.push(`${stalls.lost} lost`);
  if (stalls['no-decision'] > 0) parts.push(`${stalls['no-decision']} no decision`);
  if (stalls.open > 0) parts.push(`${stalls.open} open`);
  if (stalls.won > 0) parts.push(`${stalls.won} won`);
  return parts.join(', ');
}

/** "62% evidenced": the share of the verdict's weight backed by current market evidence. */
export const coverageText = (coverage: number): string => `${Math.round(coverage * 100)}% evidenced`;
/** "No maps", "1 map", "3 maps" in this browser. */
export const mapsInThisBrowser = (count: number): string =>
  `${count === 0 ? 'No maps' : count === 1 ? '1 map' : `${count} maps`} in this browser`;

import { LIMITS } from '../limits';
import type { DecisionMap } from '../records/map';
import type { DecisionNode } from '../records/node';
import { statesOf, type NodeState } from '../records/nodeState';

/*
 * A private round: the facilitator asks everyone for a node's state (an approver's stance, a proof's
 * status…) on a few nodes; each person answers on their own screen; nobody sees an answer before the
 * reveal. Everything here comes from other people's browsers, so every reader takes `unknown` and
 * returns a value it has checked, or null: a forged or malformed round is never shown.
 */

export const ROUND_LIMITS = {
  /** Nodes asked about in one round. */
  nodes: 200,
  /** People counted for one node (a room, not a survey). */
  answers: 500,
  /** A sealed answer, as sent (base64). */
  sealed: 4096,
  /** The facilitator's public key (base64 of 32 bytes). */
  key: 44,
  /** A round's timer, at most. */
  minutes: 60,
} as const;

/** The counts of a node's answers, one per state in `statesOf(node)` order (unknown = "don't know" first). */
export type Counts = readonly number[];

export interface RevealedNode {
  node: string;
  counts: Counts;
}

/** A round as the facilitator's browser announces it (in presence). */
export interface Round {
  /** Unguessable, new for every round: answers name it, so an answer to an old round never counts. */
  id: string;
  /** The nodes asked about, in the order asked. */
  nodes: string[];
  /** The facilitator's public key: answers are sealed to it (src/collab/round/seal.ts). */
  key: string;
  /** When answering closes (ms since 1970, the facilitator's clock), or null: no timer. */
  endsAt: number | null;
  /** The spread per node once revealed; null while answers are still private. */
  revealed: RevealedNode[] | null;
}

/** A person's answer as sent (in presence): the round it answers and the answers, sealed. */
export interface SealedAnswer {
  round: string;
  sealed: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const ROUND_ID = /^[A-Za-z0-9_-]{8,40}$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const isNodeId = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= LIMITS.id;
const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= ROUND_LIMITS.answers;
/** The most states any node kind has (approvers: unknown + five stances). */
const MAX_STATES = 6;

function readRevealed(value: unknown, nodes: readonly string[]): RevealedNode[] | null | undefined {
  if (value === null || value === undefined) return null;
  if (!Array.isArray(value) || value.length > nodes.length) return undefined;
  const asked = new Set(nodes);
  const seen = new Set<string>();
  const revealed: RevealedNode[] = [];
  for (const entry of value as unknown[]) {
    if (!isRecord(entry) || !isNodeId(entry.node) || !asked.has(entry.node) || seen.has(entry.node))
      return undefined;
    const counts = entry.counts;
    if (!Array.isArray(counts) || counts.length < 2 || counts.length > MAX_STATES || !counts.every(isCount))
      return undefined;
    seen.add(entry.node);
    revealed.push({ node: entry.node, counts: [...(counts as number[])] });
  }
  return revealed;
}

/** A round as announced by someone, or null when it is not a well-formed round. */
export function readRound(value: unknown): Round | null {
  if (!isRecord(value)) return null;
  const { id, nodes, key, endsAt } = value;
  if (typeof id !== 'string' || !ROUND_ID.test(id)) return null;
  if (!Array.isArray(nodes) || nodes.length === 0 || nodes.length > ROUND_LIMITS.nodes) return null;
  if (!nodes.every(isNodeId) || new Set(nodes).size !== nodes.length) return null;
  if (typeof key !== 'string' || key.length !== ROUND_LIMITS.key || !BASE64.test(key)) return null;
  if (endsAt !== null && (typeof endsAt !== 'number' || !Number.isFinite(endsAt) || endsAt <= 0)) return null;
  const revealed = readRevealed(value.revealed, nodes as string[]);
  if (revealed === undefined) return null;
  return { id, nodes: [...(nodes as string[])], key, endsAt, revealed };
}

/** A person's sealed answer, or null when it is not one. */
export function readSealedAnswer(value: unknown): SealedAnswer | null {
  if (!isRecord(value)) return null;
  const { round, sealed } = value;
  if (typeof round !== 'string' || !ROUND_ID.test(round)) return null;
  if (typeof sealed !== 'string' || sealed.length > ROUND_LIMITS.sealed || !BASE64.test(sealed)) return null;
  return { round, sealed };
}

/** The node at each place of the round, null where it is no longer on the map (deleted meanwhile). */
export function askedNodes(round: Pick<Round, 'nodes'>, map: DecisionMap): (DecisionNode | null)[] {
  const byId = new Map(map.nodes.map((n) => [n.id, n]));
  return round.nodes.map((id) => byId.get(id) ?? null);
}

/** The round's nodes still on the map, in the order asked. */
export const roundNodes = (round: Pick<Round, 'nodes'>, map: DecisionMap): DecisionNode[] =>
  askedNodes(round, map).filter((n): n is DecisionNode => n !== null);

/** "All approvers' stances": every approver, in map order. */
export const approverIds = (map: DecisionMap): string[] =>
  map.nodes.filter((n) => n.kind === 'approver').map((n) => n.id);

/** One person's answers: a state per node asked (a node left out was not answered). */
export type Answers = ReadonlyMap<string, NodeState>;

/**
 * Answers as text to seal: one character per node asked, in the round's order — the state's place in
 * its kind's list, or `-` when not answered. Every answer to a round has the same length whatever was
 * chosen, so the sealed size says nothing about the answers.
 */
export function encodeAnswers(nodes: readonly (DecisionNode | null)[], answers: Answers): string {
  return nodes
    .map((node) => {
      if (node === null) return '-';
      const state = answers.get(node.id);
      const index = state === undefined ? -1 : statesOf(node).indexOf(state);
      return index < 0 ? '-' : String(index);
    })
    .join('');
}

/**
 * Answers read back from their text, or null when the text does not fit the round. A node deleted
 * since the round started (null) is skipped.
 */
export function decodeAnswers(
  text: string,
  nodes: readonly (DecisionNode | null)[],
): Map<string, NodeState> | null {
  if (text.length !== nodes.length) return null;
  const answers = new Map<string, NodeState>();
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    const char = text[i] as string;
    if (char !== '-' && !/^[0-9]$/.test(char)) return null;
    if (char === '-' || !node) continue;
    const state = statesOf(node)[Number(char)];
    if (state === undefined) return null;
    answers.set(node.id, state);
  }
  return answers;
}

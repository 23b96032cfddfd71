import type { Awareness } from 'y-protocols/awareness';
import type { DecisionNode } from '../../domain/records/node';
import type { NodeState } from '../../domain/records/nodeState';
import {
  askedNodes,
  decodeAnswers,
  encodeAnswers,
  readRound,
  readSealedAnswer,
  ROUND_LIMITS,
  type Answers,
  type Round,
} from '../../domain/rounds/round';
import { localDate, settlePatch } from '../../domain/rounds/settle';
import { countAnswers, spreadFromCounts, widestFirst, type Spread } from '../../domain/rounds/spread';
import type { ActionResult } from '../../state/store/results';
import type { WorkbenchStore } from '../../state/store/types';
import type { MapBinding } from '../binding';
import type { LiveMode } from '../doc/roomLink';
import { peopleIn, type Person, type SharedViewport } from '../presence';
import { newRoundKeys, openAnswer, sealAnswer } from './seal';

/*
 * A private round in a live session, over presence (Yjs awareness):
 *
 * - the facilitator's presence carries `round` (the nodes asked, a public key, the timer, and after the
 *   reveal the counts per node), `lock` and `summon`; the server drops these from view links;
 * - each person's presence carries `answer`: their answers sealed to the round's key (seal.ts), so
 *   everyone can see WHO answered, and only the facilitator's browser can read WHAT;
 * - at the reveal the facilitator's browser opens the answers, counts them per node and announces only
 *   the counts; settling a node is an ordinary edit of the map (state + the room's estimate as evidence).
 *
 * Everything read from presence is untrusted: a round from a view link, a malformed round or answer,
 * an answer sealed to another key or for another round is ignored.
 */

export interface RoundPerson extends Person {
  /** Sent an answer to the current round (what it says is sealed). */
  answered: boolean;
}

export interface LiveRoundView {
  round: Round | null;
  /** Who runs the current round. */
  facilitator: Person | null;
  youRun: boolean;
  youCanRun: boolean;
  /** The round's nodes still on the map, in the order asked. */
  asked: DecisionNode[];
  people: RoundPerson[];
  answeredCount: number;
  yourDraft: Answers;
  /** Your answer to this round has been sent, and your draft has not changed since. */
  yourAnswerSent: boolean;
  /** After the reveal: the spread per node, widest disagreement first. */
  spreads: Spread[] | null;
  /** Facilitator only, after the reveal: answers that could not be opened (forged or damaged). */
  unreadable: number;
  /** Nodes settled in this round, by the facilitator (this browser). */
  settled: ReadonlyMap<string, NodeState>;
  /** Someone else who locked the map while presenting. */
  lockedBy: Person | null;
  youLock: boolean;
}

export interface LiveRound {
  subscribe: (listener: () => void) => () => void;
  getView: () => LiveRoundView;
  /** Starts a round on these nodes, with a timer of `minutes` (null: none). False when one runs already. */
  start: (nodeIds: readonly string[], minutes: number | null) => boolean;
  /** Your answer for one node (null: clear it); sent with `send`. */
  choose: (nodeId: string, state: NodeState | null) => void;
  /** Seals your answers and sends them; you may change them and send again until the reveal. */
  send: () => boolean;
  reveal: () => void;
  end: () => void;
  /** Settles a node as the room decided: its state and the round as evidence (one undo step). */
  settle: (nodeId: string, state: NodeState) => ActionResult;
  setLock: (on: boolean) => void;
  /** Everyone's view jumps to yours. */
  summon: () => void;
  /** Called with the summoner's view when someone else summons. */
  onSummon: (listener: (viewport: SharedViewport) => void) => () => void;
  dispose: () => void;
}

export interface LiveRoundOptions {
  awareness: Awareness;
  store: WorkbenchStore;
  binding: Pick<MapBinding, 'setLocked'>;
  mode: LiveMode;
  now?: () => number;
}

type RawState = Record<string, unknown>;

function newRoundId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_');
}

const sameAnswers = (a: Answers, b: Answers) =>
  a.size === b.size && [...a].every(([id, s]) => b.get(id) === s);

export function startLiveRound({
  awareness,
  store,
  binding,
  mode,
  now = Date.now,
}: LiveRoundOptions): LiveRound {
  const listeners = new Set<() => void>();
  const summonListeners = new Set<(viewport: SharedViewport) => void>();
  /** The secret key of the round this browser runs: in memory only, gone with the round. */
  let running: { id: string; secretKey: Uint8Array } | null = null;
  let unreadable = 0;
  let settled = new Map<string, NodeState>();
  let draft = new Map<string, NodeState>();
  let sent: { round: string; answers: Answers } | null = null;
  /** The last summon seen from each person since they were first seen (one from before you came does not move you). */
  const summonsSeen = new Map<number, number>();
  let lockedName: string | null = null;

  const states = () => awareness.getStates() as Map<number, RawState>;
  const ownState = (): RawState => (awareness.getLocalState() as RawState | null) ?? {};

  /** The round in the room: yours, or the first one an editor announces (by client id). */
  function currentRound(people: readonly Person[]): { round: Round; by: Person } | null {
    let found: { round: Round; by: Person } | null = null;
    for (const person of people) {
      if (person.mode !== 'edit') continue;
      const round = readRound(states().get(person.clientId)?.round);
      if (!round) continue;
      if (person.isYou) return { round, by: person };
      if (!found || person.clientId < found.by.clientId) found = { round, by: person };
    }
    return found;
  }

  function build(): LiveRoundView {
    const everyone = peopleIn(awareness);
    const current = currentRound(everyone);
    const round = current?.round ?? null;
    const map = store.getState().map;
    const slots = round ? askedNodes(round, map) : [];
    const asked = slots.filter((n): n is DecisionNode => n !== null);
    const people = everyone.map((person) => {
      const answer = readSealedAnswer(states().get(person.clientId)?.answer);
      return { ...person, answered: round !== null && answer?.round === round.id };
    });
    const spreads = round?.revealed
      ? widestFirst(
          round.revealed.flatMap(({ node, counts }) => {
            const found = asked.find((n) => n.id === node);
            return found ? [spreadFromCounts(found, counts)] : [];
          }),
        )
      : null;
    const locker = everyone.find(
      (p) => !p.isYou && p.mode === 'edit' && states().get(p.clientId)?.lock === true,
    );
    return {
      round,
      facilitator: current?.by ?? null,
      youRun: current?.by.isYou ?? false,
      youCanRun: mode === 'edit' && current === null,
      asked,
      people,
      answeredCount: people.filter((p) => p.answered).length,
      yourDraft: draft,
      yourAnswerSent: round !== null && sent?.round === round.id && sameAnswers(sent.answers, draft),
      spreads,
      unreadable: current?.by.isYou ? unreadable : 0,
      settled,
      lockedBy: locker ?? null,
      youLock: ownState().lock === true,
    };
  }

  let view = build();

  function applyLock(): void {
    const name = view.lockedBy?.name ?? null;
    if (name === lockedName) return;
    lockedName = name;
    binding.setLocked(name);
    store.getState().setReadOnly(mode === 'view' || name !== null);
  }

  function noticeSummons(): void {
    for (const person of view.people) {
      if (person.isYou) continue;
      if (person.mode !== 'edit') continue;
      const given = states().get(person.clientId)?.summon;
      const raw = typeof given === 'number' ? given : 0;
      const seen = summonsSeen.get(person.clientId);
      summonsSeen.set(person.clientId, raw);
      if (seen !== undefined && raw > seen && person.viewport) {
        const viewport = person.viewport;
        summonListeners.forEach((listener) => listener(viewport));
      }
    }
  }

  function refresh(): void {
    const before = view.round?.id ?? null;
    view = build();
    const after = view.round?.id ?? null;
    if (after !== before) {
      // A new round (or none): yesterday's answers and draft never carry over.
      draft = new Map();
      if (sent !== null && sent.round !== after) {
        sent = null;
        awareness.setLocalStateField('answer', null);
      }
      if (!view.youRun) {
        settled = new Map();
        running = null;
      }
      view = build();
    }
    // One lock at a time (the server keeps the first): a lock of ours that lost a race is let go.
    if (view.youLock && view.lockedBy !== null) awareness.setLocalStateField('lock', false);
    applyLock();
    noticeSummons();
    listeners.forEach((listener) => listener());
  }

  awareness.on('change', refresh);
  const unsubscribeStore = store.subscribe((state, previous) => {
    if (state.map !== previous.map && view.round !== null) refresh();
  });

  const openAll = (round: Round): number[][] => {
    if (!running || running.id !== round.id) return [];
    const slots = askedNodes(round, store.getState().map);
    const everyone: Answers[] = [];
    unreadable = 0;
    states().forEach((state) => {
      const answer = readSealedAnswer(state.answer);
      if (!answer || answer.round !== round.id || !running) return;
      const text = openAnswer(answer.sealed, running.secretKey);
      const answers = text === null ? null : decodeAnswers(text, slots);
      if (answers === null) unreadable += 1;
      else everyone.push(answers);
    });
    return slots.map((node) => (node ? countAnswers(node, everyone) : []));
  };

  return {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getView: () => view,
    start: (nodeIds, minutes) => {
      if (!view.youCanRun) return false;
      const map = store.getState().map;
      const nodes = [...new Set(nodeIds)].filter((id) => map.nodes.some((n) => n.id === id));
      if (nodes.length === 0 || nodes.length > ROUND_LIMITS.nodes) return false;
      const keys = newRoundKeys();
      const id = newRoundId();
      running = { id, secretKey: keys.secretKey };
      unreadable = 0;
      settled = new Map();
      const limit = minutes === null ? null : Math.min(Math.max(minutes, 0.25), ROUND_LIMITS.minutes);
      const round: Round = {
        id,
        nodes,
        key: keys.publicKey,
        endsAt: limit === null ? null : now() + limit * 60_000,
        revealed: null,
      };
      awareness.setLocalStateField('round', round);
      return true;
    },
    choose: (nodeId, state) => {
      if (!view.round || view.round.revealed) return;
      const next = new Map(draft);
      if (state === null) next.delete(nodeId);
      else next.set(nodeId, state);
      draft = next;
      refresh();
    },
    send: () => {
      const round = view.round;
      if (!round || round.revealed || (round.endsAt !== null && now() > round.endsAt)) return false;
      const text = encodeAnswers(askedNodes(round, store.getState().map), draft);
      const sealed = sealAnswer(text, round.key);
      if (sealed === null) return false;
      sent = { round: round.id, answers: draft };
      awareness.setLocalStateField('answer', { round: round.id, sealed });
      return true;
    },
    reveal: () => {
      const round = view.round;
      if (!round || !view.youRun || round.revealed) return;
      const counts = openAll(round);
      const revealed = round.nodes.flatMap((node, i) => {
        const c = counts[i];
        return c && c.length > 0 ? [{ node, counts: c }] : [];
      });
      // The secret key goes with the reveal: nothing more is opened for this round.
      running = null;
      awareness.setLocalStateField('round', { ...round, revealed });
    },
    end: () => {
      if (!view.youRun) return;
      running = null;
      awareness.setLocalStateField('round', null);
    },
    settle: (nodeId, state) => {
      const spread = view.spreads?.find((s) => s.nodeId === nodeId);
      const node = store.getState().map.nodes.find((n) => n.id === nodeId);
      if (!view.youRun || !spread || !node)
        return { ok: false, message: 'Only the facilitator settles a revealed round.' };
      const outcome = settlePatch(node, spread, state, localDate(new Date(now())));
      if (!outcome.ok) return { ok: false, message: outcome.message };
      const result = store.getState().updateNode(nodeId, outcome.patch);
      if (result.ok) {
        settled = new Map(settled).set(nodeId, state);
        refresh();
      }
      return result;
    },
    setLock: (on) => {
      if (mode !== 'edit') return;
      awareness.setLocalStateField('lock', on);
    },
    summon: () => {
      if (mode !== 'edit') return;
      const last = ownState().summon;
      awareness.setLocalStateField('summon', (typeof last === 'number' ? last : 0) + 1);
    },
    onSummon: (listener) => {
      summonListeners.add(listener);
      return () => summonListeners.delete(listener);
    },
    dispose: () => {
      awareness.off('change', refresh);
      unsubscribeStore();
      listeners.clear();
      summonListeners.clear();
    },
  };
}

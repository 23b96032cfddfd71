import type {
  beforeHandleAwarenessPayload,
  beforeHandleMessagePayload,
  Connection,
  Document,
  Extension,
} from '@hocuspocus/server';
import { readRound, readSealedAnswer } from '../src/domain/rounds/round';
import type { Log } from './log';
import { refuse } from './mapGuard';
import { parseClientMessage, readAwarenessEntries } from './messages';
import type { Scope } from './tokens';

/*
 * Presence (Yjs awareness: who is here, pointers, selections, what they look at) as the server lets it
 * through. A connection speaks for one person: the first client id it announces, when nobody in the
 * room (on this instance or another) shows that id yet, becomes its own. Presence for an id someone
 * else shows is dropped — it never reaches anyone, so nobody can move, rename or remove another
 * person — and a connection that announces a second id of its own is closed. The server stamps what
 * the link decides: `mode` is the scope of the link's token, never what the browser claims; and a
 * name already shown in the room gets a number, so nobody appears as someone else.
 *
 * Rounds travel in presence too (src/collab/round/): running a round, locking the map and summoning
 * everyone's view are a facilitator's, so a view link's presence never carries them; the room has one
 * lock at a time, so `lock` from anyone while someone else's presence holds it is dropped (the lock is
 * enforced on the document by lockGuard.ts, which reads who holds it from here); a sealed answer
 * (which a view link may send: answering is not editing) and a round must be well formed, or they are
 * dropped from the presence before anyone sees it.
 *
 * Dropping rather than closing for someone else's id: a browser that reconnects on a new socket
 * announces its same id while the server may not yet have noticed its old socket is gone; its
 * presence shows again once the old one is closed (at most the 30 s idle timeout).
 */

export interface ConnectionContext {
  address: string;
  scope?: Scope;
}

/** One person's presence is small (a name, a pointer, a selection of at most a few hundred ids). */
export const MAX_PRESENCE_BYTES = 32 * 1024;
const MAX_NAME_LENGTH = 40;

const normalise = (name: string): string => name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

/** The name as shown, with a number when someone else in the room already shows it. */
function uniqueName(document: Document, clientId: number, name: string): string {
  const taken = new Set<string>();
  document.awareness.getStates().forEach((state, id) => {
    const other: unknown = state.name;
    if (id !== clientId && typeof other === 'string') taken.add(normalise(other));
  });
  const tidy = name.trim().slice(0, MAX_NAME_LENGTH);
  if (!taken.has(normalise(tidy))) return tidy;
  for (let n = 2; n < 1000; n++) {
    const numbered = `${tidy.slice(0, MAX_NAME_LENGTH - 6)} (${n})`;
    if (!taken.has(normalise(numbered))) return numbered;
  }
  return `${tidy.slice(0, 20)} (${clientId})`;
}

/** The round fields of one person's presence, as the link allows them (edited in place). */
export function guardRoundFields(state: Record<string, unknown>, scope: Scope | undefined): void {
  if (scope !== 'edit') {
    delete state.round;
    delete state.lock;
    delete state.summon;
  }
  if (state.round != null && readRound(state.round) === null) delete state.round;
  if (state.answer != null && readSealedAnswer(state.answer) === null) delete state.answer;
  if (state.lock !== undefined && typeof state.lock !== 'boolean') delete state.lock;
  if (state.summon !== undefined && (typeof state.summon !== 'number' || !Number.isSafeInteger(state.summon)))
    delete state.summon;
}

/** The client ids whose presence holds the room's lock: an editor's, one (two only if two instances raced). */
export function lockHolders(document: Document): Set<number> {
  const holders = new Set<number>();
  document.awareness.getStates().forEach((state, id) => {
    if (state.lock === true && state.mode === 'edit') holders.add(id);
  });
  return holders;
}

export function presenceGuard(options: { log: Log }): Extension {
  /** The client id each connection speaks for. */
  const claims = new WeakMap<Connection, number>();

  return {
    extensionName: 'obvious-presence-guard',
    priority: 190,

    async beforeHandleMessage({ connection, document, update }: beforeHandleMessagePayload) {
      const parsed = parseClientMessage(update);
      if (!parsed.ok || parsed.message.kind !== 'awareness') return;
      const entries = readAwarenessEntries(parsed.message.update);
      if (entries === null)
        refuse(connection, { code: 4400, reason: 'the presence update could not be read' });
      for (const entry of entries) {
        if (entry.state.length > MAX_PRESENCE_BYTES)
          refuse(connection, { code: 4400, reason: `presence is limited to ${MAX_PRESENCE_BYTES} bytes` });
        const claimed = claims.get(connection);
        if (claimed === entry.clientId) continue;
        if (claimed !== undefined)
          refuse(connection, {
            code: 4403,
            reason: 'presence may speak only for the one person on this connection',
          });
        if (document.awareness.getStates().has(entry.clientId)) {
          options.log.warn(
            `room ${document.name}: dropped presence claiming client ${entry.clientId}, shown by someone else`,
          );
          continue;
        }
        claims.set(connection, entry.clientId);
      }
    },

    async beforeHandleAwareness({ states, connection, context, document }: beforeHandleAwarenessPayload) {
      // Presence from other instances was checked there; here, only what a connection sends.
      if (!connection) return;
      const scope = (context as ConnectionContext | undefined)?.scope;
      for (const [clientId, state] of [...states]) {
        // Only the person on this connection (this also drops anything else the update carried).
        if (claims.get(connection) !== clientId) {
          states.delete(clientId);
          continue;
        }
        state.mode = scope === 'edit' ? 'edit' : 'view';
        guardRoundFields(state, scope);
        // One lock at a time: nobody takes it from the editor who holds it.
        if (state.lock === true && [...lockHolders(document)].some((id) => id !== clientId)) {
          options.log.warn(
            `room ${document.name}: dropped a lock from client ${clientId}: someone else holds it`,
          );
          delete state.lock;
        }
        if (typeof state.name === 'string') state.name = uniqueName(document, clientId, state.name);
      }
    },
  };
}

import type {
  beforeHandleAwarenessPayload,
  beforeHandleMessagePayload,
  Connection,
  Document,
  Extension,
} from '@hocuspocus/server';
import type { Log } from './log';
import { refuse } from './mapGuard';
import { parseClientMessage, readAwarenessEntries } from './messages';
import type { Scope } from './tokens';

/*
 * Presence (Yjs awareness: who is here, pointers, selections, what they look at) as the server lets it
 * through. A connection speaks for one person: the first client id it announces becomes its own, and
 * announcing (or removing) anyone else's — another connection's, here or on another instance — closes
 * it. The server stamps what the link decides: `mode` is the scope of the link's token, never what the
 * browser claims; and a name already shown in the room gets a number, so nobody appears as someone else.
 */

export interface ConnectionContext {
  address: string;
  scope?: Scope;
}

/** One person's presence is small (a name, a pointer, a selection of at most a few hundred ids). */
export const MAX_PRESENCE_BYTES = 32 * 1024;
const MAX_NAME_LENGTH = 40;

type Owner = Connection | 'remote';

interface RoomPresence {
  owners: Map<number, Owner>;
}

const normalise = (name: string): string => name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

function isLive(document: Document, owner: Owner, clientId: number): boolean {
  return owner === 'remote' ? document.awareness.getStates().has(clientId) : document.connections.has(owner);
}

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

export function presenceGuard(options: { log: Log }): Extension {
  const rooms = new WeakMap<Document, RoomPresence>();
  const claims = new WeakMap<Connection, number>();
  const roomOf = (document: Document): RoomPresence => {
    let room = rooms.get(document);
    if (!room) rooms.set(document, (room = { owners: new Map() }));
    return room;
  };

  return {
    extensionName: 'obvious-presence-guard',
    priority: 190,

    async beforeHandleMessage({ connection, document, update }: beforeHandleMessagePayload) {
      const parsed = parseClientMessage(update);
      if (!parsed.ok || parsed.message.kind !== 'awareness') return;
      const entries = readAwarenessEntries(parsed.message.update);
      if (entries === null) refuse(connection, { code: 4400, reason: 'the presence update could not be read' });
      const { owners } = roomOf(document);
      for (const entry of entries) {
        if (entry.state.length > MAX_PRESENCE_BYTES)
          refuse(connection, { code: 4400, reason: `presence is limited to ${MAX_PRESENCE_BYTES} bytes` });
        const owner = owners.get(entry.clientId);
        const claimed = claims.get(connection);
        if ((owner !== undefined && owner !== connection && isLive(document, owner, entry.clientId)) ||
          (claimed !== undefined && claimed !== entry.clientId)) {
          options.log.warn(`room ${document.name}: refused presence claiming client ${entry.clientId} from a connection that is not theirs`);
          refuse(connection, { code: 4403, reason: 'presence may speak only for the person on this connection' });
        }
        owners.set(entry.clientId, connection);
        claims.set(connection, entry.clientId);
      }
    },

    async beforeHandleAwareness({ states, transactionOrigin, connection, context, document }: beforeHandleAwarenessPayload) {
      const { owners } = roomOf(document);
      const origin = transactionOrigin as { source?: string } | null;
      if (origin?.source === 'redis') {
        for (const clientId of [...states.keys()]) {
          const owner = owners.get(clientId);
          if (owner !== undefined && owner !== 'remote' && isLive(document, owner, clientId)) states.delete(clientId);
          else owners.set(clientId, 'remote');
        }
        return;
      }
      if (!connection) return;
      const scope = (context as ConnectionContext | undefined)?.scope;
      for (const [clientId, state] of [...states]) {
        // Only the person on this connection (this also drops anything else the update carried).
        if (owners.get(clientId) !== connection) {
          states.delete(clientId);
          continue;
        }
        state.mode = scope === 'edit' ? 'edit' : 'view';
        if (typeof state.name === 'string') state.name = uniqueName(document, clientId, state.name);
      }
    },
  };
}

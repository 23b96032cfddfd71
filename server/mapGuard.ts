import type {
  afterHandleMessagePayload,
  afterLoadDocumentPayload,
  beforeHandleMessagePayload,
  Connection,
  Document,
  Extension,
  onStoreDocumentPayload,
} from '@hocuspocus/server';
import { inspect } from 'node:util';
import * as Y from 'yjs';
import { mapDoc } from '../src/collab/doc/mapDoc';
import type { DecisionMap } from '../src/domain/records/map';
import { GuardedRoom, type Refusal } from './guardedRoom';
import type { Log } from './log';
import { parseClientMessage } from './messages';
import { repairRoom } from './repairRoom';
import { mapOfState } from './roomMap';
import type { RoomStore } from './store/roomStore';

/*
 * The Hocuspocus extension that keeps every room valid: each update a connection sends is tried on the
 * room's shadow first (guardedRoom.ts) and refused — the connection closed with the reason — when it
 * would make the map invalid; a room found invalid on load is repaired before anyone joins it (against
 * its last valid snapshot when it has one; the state found is kept as a snapshot first); a change from
 * another instance that makes it invalid is repaired at once; and nothing invalid is ever saved.
 */

export interface MapGuard extends Extension {
  roomOf(document: Y.Doc): GuardedRoom | undefined;
}

/** What a hook throws to stop Hocuspocus handling a message: its code and reason, logged in one line. */
class Refused {
  constructor(
    readonly code: number,
    readonly reason: string,
  ) {}

  [inspect.custom](): string {
    return `refused (${this.code}): ${this.reason}`;
  }
}

/** Closes the sender's WebSocket with the reason, and stops Hocuspocus from handling the message. */
export function refuse(connection: Connection, refusal: Refusal): never {
  try {
    connection.webSocket.close(refusal.code, refusal.reason);
  } catch {
    // Already closing.
  }
  throw new Refused(refusal.code, refusal.reason);
}

const addressOf = (connection: Connection): string => {
  const context: unknown = connection.context;
  return typeof context === 'object' && context !== null && 'address' in context ? String(context.address) : '?';
};

export function mapGuard(options: { store: RoomStore; maxDocumentBytes: number; log: Log }): MapGuard {
  const { store, log } = options;
  const rooms = new WeakMap<Y.Doc, GuardedRoom>();
  let repairing = false;

  function repair(document: Document, valid: DecisionMap | null, why: string): DecisionMap | null {
    repairing = true;
    try {
      const outcome = repairRoom(mapDoc(document), valid, document.name);
      if (!outcome.ok) throw new Error(`room ${document.name} could not be repaired (${why}): ${outcome.reason}`);
      log.warn(`room ${document.name}: ${why}; repaired: ${outcome.how}`);
      return outcome.map;
    } finally {
      repairing = false;
    }
  }

  async function lastValidSnapshot(room: string): Promise<DecisionMap | null> {
    for (const snapshot of await store.snapshotsBefore(room, new Date(), 30)) {
      const map = mapOfState(snapshot.state);
      if (map) return map;
    }
    return null;
  }

  return {
    extensionName: 'obvious-map-guard',
    // After Redis (1000: its lock and its initial sync), before the database (100) saves.
    priority: 200,
    roomOf: (document) => rooms.get(document),

    async afterLoadDocument({ document, documentName }: afterLoadDocumentPayload) {
      const room = new GuardedRoom(document, options.maxDocumentBytes, (changed) => {
        if (repairing) return;
        queueMicrotask(() => {
          if (!changed.check().ok && !document.isDestroyed)
            changed.valid = repair(document, changed.valid, 'a change from another instance left the map invalid') ?? changed.valid;
        });
      });
      document.on('destroy', () => room.dispose());
      const found = room.check();
      if (!found.ok) {
        log.warn(`room ${documentName} is not valid as stored (${found.reason}): keeping it as a snapshot, then repairing`);
        await store.snapshot(documentName, Y.encodeStateAsUpdate(document), 'before-repair');
        const snapshot = await lastValidSnapshot(documentName);
        repair(document, snapshot, snapshot ? 'invalid on load, last valid snapshot found' : 'invalid on load, no valid snapshot');
        if (!room.check().ok) throw new Error(`room ${documentName} could not be made valid`);
      }
      rooms.set(document, room);
    },

    async beforeHandleMessage({ connection, document, update }: beforeHandleMessagePayload) {
      const parsed = parseClientMessage(update);
      if (!parsed.ok) refuse(connection, { code: 4400, reason: parsed.reason });
      if (parsed.message.kind !== 'update' || connection.readOnly) return;
      const room = rooms.get(document);
      if (!room) refuse(connection, { code: 4400, reason: 'the room is not open' });
      const refusal = room.admit(connection, parsed.message.update);
      if (refusal) {
        log.warn(`room ${document.name}: refused an update from ${addressOf(connection)}: ${refusal.reason}`);
        refuse(connection, refusal);
      }
    },

    async afterHandleMessage({ connection, document }: afterHandleMessagePayload) {
      rooms.get(document)?.settle(connection);
    },

    async onStoreDocument({ document }: onStoreDocumentPayload) {
      const room = rooms.get(document);
      if (room && !room.check().ok) room.valid = repair(document, room.valid, 'found invalid when saving') ?? room.valid;
    },
  };
}

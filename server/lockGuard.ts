import {
  OutgoingMessage,
  type afterLoadDocumentPayload,
  type beforeHandleMessagePayload,
  type Connection,
  type Document,
  type Extension,
} from '@hocuspocus/server';
import * as Y from 'yjs';
import { LOCKED_MESSAGE, type LockedNotice } from '../src/collab/doc/lockNotice';
import type { Log } from './log';
import { parseClientMessage } from './messages';
import { lockHolders, type ConnectionContext } from './presenceGuard';

/*
 * Lock, held by the server. While an editor's presence holds `lock` (presenceGuard.ts lets it through
 * from an edit link only, and from one person at a time), every other connection to the room is
 * read-only for the document: Hocuspocus drops its updates (as for a view link) before they touch the
 * room, and the sender is told once, in a stateless message the app shows (src/collab/doc/lockNotice.ts).
 * Who holds the lock is the connection whose presence the server let carry it — nothing a browser can
 * claim: it cannot speak for another person's presence, and cannot take a lock someone holds. The lock
 * lapses when its holder unlocks or leaves (Hocuspocus removes a closed connection's presence).
 *
 * An update dropped here stays in its sender's document (Yjs cannot take it back there), so when the lock
 * ends each connection that had one dropped is asked for what the room lacks (a sync step 1 with the
 * room's state): its changes made during the lock arrive then, as an offline edit would on reconnecting.
 * The server reads who holds the lock from the room's presence, which other instances share (Redis), so
 * a lock taken on one instance holds on every instance.
 */

const scopeOf = (connection: Connection): ConnectionContext['scope'] =>
  (connection.context as ConnectionContext | undefined)?.scope;

export function lockGuard(options: { log: Log }): Extension {
  /** Per room: the connections that had a change dropped during the current lock. */
  const behind = new WeakMap<Document, Set<Connection>>();

  /** Whether the room's lock keeps this connection from editing the document now. */
  function lockedOut(document: Document, connection: Connection): boolean {
    const holders = lockHolders(document);
    if (holders.size === 0) return false;
    const own = document.getClients(connection);
    return ![...holders].some((id) => own.has(id));
  }

  function catchUp(document: Document): void {
    const waiting = behind.get(document);
    if (!waiting || waiting.size === 0) return;
    for (const connection of waiting) {
      if (!document.hasConnection(connection) || lockedOut(document, connection)) continue;
      waiting.delete(connection);
      connection.send(
        new OutgoingMessage(connection.messageAddress)
          .createSyncMessage()
          .writeFirstSyncStepFor(document)
          .toUint8Array(),
      );
    }
  }

  return {
    extensionName: 'obvious-lock-guard',
    // Before the map guard (200): a change dropped here is never tried on the room's shadow.
    priority: 300,

    async afterLoadDocument({ document }: afterLoadDocumentPayload) {
      behind.set(document, new Set());
      let locked = lockHolders(document).size > 0;
      // The lock changes with presence, from this instance or another one.
      document.awareness.on('change', () => {
        const now = lockHolders(document).size > 0;
        if (locked && !now) options.log.info(`room ${document.name}: the lock ended`);
        locked = now;
        catchUp(document);
      });
    },

    async beforeHandleMessage({ connection, document, update }: beforeHandleMessagePayload) {
      const parsed = parseClientMessage(update);
      if (!parsed.ok || parsed.message.kind !== 'update') return;
      const scope = scopeOf(connection);
      const locked = scope === 'edit' && lockedOut(document, connection);
      // Hocuspocus reads this flag for each sync message: a read-only connection's update is dropped.
      connection.readOnly = scope !== 'edit' || locked;
      if (!locked || Y.snapshotContainsUpdate(Y.snapshot(document), parsed.message.update)) return;
      const waiting = behind.get(document);
      if (!waiting || waiting.has(connection)) return;
      waiting.add(connection);
      const holder = [...lockHolders(document)][0];
      const name: unknown =
        holder === undefined ? undefined : document.awareness.getStates().get(holder)?.name;
      options.log.info(`room ${document.name}: dropped a change from a connection while the room is locked`);
      const notice: LockedNotice = { type: LOCKED_MESSAGE, by: typeof name === 'string' ? name : null };
      connection.sendStateless(JSON.stringify(notice));
    },
  };
}

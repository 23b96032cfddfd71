import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { mapDoc } from '../../../src/collab/doc/mapDoc';
import { readMapDoc } from '../../../src/collab/doc/readMapDoc';
import { checkMap } from '../../../src/collab/doc/checkMap';
import { writeMapChange } from '../../../src/collab/doc/writeMapDoc';
import type { DecisionMap } from '../../../src/domain/records/map';
import { NO_MAP } from '../../../server/roomMap';

/*
 * A person in a room, as the app connects (the Hocuspocus provider, the link's token), from Node. It
 * does not reconnect: a test sees how the server closed it. Every client is destroyed by `closeAll`.
 */

export interface LiveClient {
  doc: Y.Doc;
  awareness: Awareness;
  provider: HocuspocusProvider;
  /** Resolves once the server accepted the token and sent the room. */
  synced: Promise<void>;
  /** Resolves with the reason the server gave when it refused the token. */
  refused: Promise<string>;
  /** Resolves with how the WebSocket was closed. */
  closed: Promise<{ code: number; reason: string }>;
  destroy: () => void;
}

const clients = new Set<LiveClient>();

export function connect(url: string, room: string, token: string, doc = new Y.Doc()): LiveClient {
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket, maxAttempts: 1 });
  const awareness = new Awareness(doc);
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: room, document: doc, awareness, token });
  provider.attach();
  const synced = new Promise<void>((resolve) => provider.on('synced', () => resolve()));
  const refused = new Promise<string>((resolve) => provider.on('authenticationFailed', ({ reason }: { reason: string }) => resolve(reason)));
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', ({ event }: { event: { code: number; reason: unknown } }) => {
      // No reconnecting: the test looks at how the server closed this one.
      socket.connect = async () => {};
      resolve({ code: event.code, reason: String(event.reason) });
    }),
  );
  const client: LiveClient = {
    doc,
    awareness,
    provider,
    synced,
    refused,
    closed,
    destroy: () => {
      clients.delete(client);
      provider.destroy();
      socket.destroy();
    },
  };
  clients.add(client);
  return client;
}

export function closeAll(): void {
  for (const client of [...clients]) client.destroy();
}

/** Resolves within `ms` or fails saying what did not happen. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what}: not within ${ms} ms`)), ms)),
  ]);
}

/** Waits until `check` holds (polling), or fails with `what`. */
export async function until(check: () => boolean, what: string, ms = 5000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error(`${what}: not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Writes a whole map into a client's document (as Share live does), or a change from `before`. */
export function writeMap(client: LiveClient, after: DecisionMap, before: DecisionMap | null = null): void {
  client.doc.transact(() => writeMapChange(mapDoc(client.doc), before, after));
}

/** The valid map a document holds, or null (empty or invalid). */
export function mapIn(doc: Y.Doc): DecisionMap | null {
  const checked = checkMap(readMapDoc(mapDoc(doc)), NO_MAP);
  return checked.ok && mapDoc(doc).fields.size > 0 ? checked.map : null;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

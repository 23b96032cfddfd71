import { Database } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import { Hocuspocus, type Extension, type onAuthenticatePayload } from '@hocuspocus/server';
import * as Y from 'yjs';
import { isDocEmpty, mapDoc } from '../src/collab/doc/mapDoc';
import type { Config } from './config';
import { httpApi, type RoomAccess } from './httpApi';
import { lockGuard } from './lockGuard';
import { consoleLog, messageOf, type Log } from './log';
import { mapGuard } from './mapGuard';
import { presenceGuard, type ConnectionContext } from './presenceGuard';
import { findSnapshot, noSnapshot, writeRestore } from './restore';
import { createSocketServer } from './socketServer';
import { openRoomStore } from './store/openRoomStore';
import { TOKEN_REFUSALS, verifyToken } from './tokens';

/*
 * The live sync server: Hocuspocus with the rooms in the database (its Database extension over
 * store/), other instances reached through Redis when REDIS_URL is set (its Redis extension), every
 * connection authenticated by its link's token, every change checked by mapGuard.ts (and held back by
 * lockGuard.ts while someone else holds the room's lock) and every presence by presenceGuard.ts, behind
 * our own WebSocket server (socketServer.ts).
 */

export interface SyncServer {
  port: number;
  /** Stops accepting, closes every connection, saves every open room, then closes the database. */
  close(): Promise<void>;
}

/** How long a clean stop waits for rooms to be saved. */
const STOP_TIMEOUT_MS = 15_000;

/** Redis settings from REDIS_URL (redis://[user:password@]host:port[/db], rediss:// for TLS). */
function redisSettings(url: string) {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    prefix: 'obvious',
    options: {
      username: decodeURIComponent(parsed.username) || undefined,
      password: decodeURIComponent(parsed.password) || undefined,
      db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0,
      ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
    },
  };
}

export async function startSyncServer(config: Config, log: Log = consoleLog): Promise<SyncServer> {
  const store = await openRoomStore(config);
  const database = new Database({
    fetch: ({ documentName }) => store.load(documentName),
    store: async ({ documentName, state }) => {
      await store.save(documentName, state);
    },
  });
  const extensions: Extension[] = [
    database,
    mapGuard({ store, maxDocumentBytes: config.limits.documentBytes, log }),
    presenceGuard({ log }),
    lockGuard({ log }),
  ];
  if (config.redisUrl) extensions.push(new Redis(redisSettings(config.redisUrl)));

  const hocuspocus = new Hocuspocus({
    name: 'obvious',
    quiet: true,
    debounce: config.saveDelayMs,
    maxDebounce: config.saveMaxDelayMs,
    unloadImmediately: true,
    timeout: 30_000,
    maxUnauthenticatedQueueSize: 1024 * 1024,
    maxUnauthenticatedQueueMessages: 100,
    maxPendingDocuments: 8,
    extensions,
    async onAuthenticate({
      token,
      documentName,
      connectionConfig,
      context,
    }: onAuthenticatePayload<ConnectionContext>) {
      const check = verifyToken(config.secret, token, documentName);
      if (!check.ok) {
        log.warn(
          `refused a connection to room ${documentName.slice(0, 100)} from ${context.address}: ${check.reason}`,
        );
        throw { reason: TOKEN_REFUSALS[check.reason] };
      }
      connectionConfig.readOnly = check.claims.scope === 'view';
      return { scope: check.claims.scope };
    },
  });

  let connections = () => 0;
  const rooms: RoomAccess = {
    status: () => {
      const memory = process.memoryUsage();
      const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
      return {
        rooms: hocuspocus.getDocumentsCount(),
        connections: connections(),
        heapUsedMb: mb(memory.heapUsed),
        rssMb: mb(memory.rss),
      };
    },
    isEmpty: async (room) => {
      const open = hocuspocus.documents.get(room);
      const state = open ? Y.encodeStateAsUpdate(open) : await store.load(room);
      if (!state) return true;
      const doc = new Y.Doc();
      Y.applyUpdate(doc, state);
      const empty = isDocEmpty(mapDoc(doc));
      doc.destroy();
      return empty;
    },
    snapshotNow: async (room) => {
      const open = hocuspocus.documents.get(room);
      const state = open ? Y.encodeStateAsUpdate(open) : await store.load(room);
      const takenAt = new Date();
      await store.snapshot(room, state ?? Y.encodeStateAsUpdate(new Y.Doc()), 'on-demand', takenAt);
      return takenAt;
    },
    restore: async (room, at) => {
      const found = await findSnapshot(store, room, at);
      if (!found) return { ok: false, message: noSnapshot(room, at) };
      const connection = await hocuspocus.openDirectConnection(room, { address: 'restore' });
      try {
        const document = connection.document;
        if (document) await store.snapshot(room, Y.encodeStateAsUpdate(document), 'before-restore');
        await connection.transact((doc) => writeRestore(mapDoc(doc), found.map, room));
      } finally {
        await connection.disconnect();
      }
      log.info(`room ${room}: restored to its snapshot of ${found.snapshot.takenAt.toISOString()}`);
      return { ok: true, takenAt: found.snapshot.takenAt };
    },
  };

  const sockets = createSocketServer({
    hocuspocus,
    limits: config.limits,
    trustProxy: config.trustProxy,
    log,
    onRequest: httpApi(config, rooms, log),
  });
  connections = sockets.count;

  const port = await new Promise<number>((resolve, reject) => {
    sockets.server.once('error', reject);
    sockets.server.listen(config.port, config.host, () => {
      sockets.server.off('error', reject);
      const address = sockets.server.address();
      resolve(typeof address === 'object' && address !== null ? address.port : config.port);
    });
  });

  let closing: Promise<void> | null = null;
  async function stop(): Promise<void> {
    sockets.server.close();
    sockets.closeAll(1001, 'the server is restarting');
    hocuspocus.closeConnections();
    const saved = new Promise<void>((resolve) => {
      const check = setInterval(() => {
        hocuspocus.flushPendingStores();
        if (hocuspocus.getDocumentsCount() === 0) {
          clearInterval(check);
          resolve();
        }
      }, 50);
      setTimeout(() => {
        clearInterval(check);
        if (hocuspocus.getDocumentsCount() > 0)
          log.error(`${hocuspocus.getDocumentsCount()} rooms were still open after ${STOP_TIMEOUT_MS} ms`);
        resolve();
      }, STOP_TIMEOUT_MS).unref();
    });
    await saved;
    await hocuspocus
      .hooks('onDestroy', { instance: hocuspocus })
      .catch((error: unknown) => log.error(`stopping: ${messageOf(error)}`));
    await store.close();
  }

  return {
    port,
    close: () => (closing ??= stop()),
  };
}

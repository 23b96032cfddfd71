#!/usr/bin/env node
// The live-session sync server: `npm run serve:collab`. It speaks the standard y-websocket protocol
// through the maintained @y/websocket-server package (no protocol of our own): this file only reads the
// environment, refuses odd room names, and shuts down cleanly so persisted rooms are complete on disk.
//
//   HOST           address to listen on (default 127.0.0.1; 0.0.0.0 to serve a team on the network)
//   PORT           port (default 1234; 0 picks a free one, printed on start)
//   YPERSISTENCE   a directory: rooms are stored there (LevelDB) and survive a restart. Unset: in memory.
//
// See docs/collab.md for running it for a team and hosting it behind TLS.
import http from 'node:http';
import process from 'node:process';

const HOST = process.env.HOST || '127.0.0.1';
const PORT = Number.parseInt(process.env.PORT ?? '1234', 10);
const PERSISTENCE_DIR = process.env.YPERSISTENCE || null;

if (!Number.isInteger(PORT) || PORT < 0 || PORT > 65535) {
  console.error(`PORT must be a port number, got ${JSON.stringify(process.env.PORT)}.`);
  process.exit(2);
}

// The package would open YPERSISTENCE itself when it loads, but binds a room's stored state without
// waiting for it: a client joining a room just after a restart could sync before the room is read back
// and see it empty for a moment. So this script opens the same LevelDB store (y-leveldb) through the
// package's `setPersistence` hook and reads a room back before its first connection is accepted.
delete process.env.YPERSISTENCE;
const { default: WebSocket } = await import('ws');
const Y = await import('yjs');
const { setupWSConnection, setPersistence, getYDoc, docs } = await import('@y/websocket-server/utils');

/** Each room's read-back from disk, settled before the room's connections are set up. */
const loaded = new WeakMap();
let store = null;
if (PERSISTENCE_DIR) {
  const { LeveldbPersistence } = await import('y-leveldb');
  store = new LeveldbPersistence(PERSISTENCE_DIR);
  setPersistence({
    provider: store,
    bindState: (name, doc) => {
      const reading = (async () => {
        const stored = await store.getYDoc(name);
        Y.applyUpdate(doc, Y.encodeStateAsUpdate(stored));
        doc.on('update', (update) => void store.storeUpdate(name, update));
      })();
      loaded.set(doc, reading);
    },
    // Every update is stored as it comes: nothing is left to write when a room empties.
    writeState: async () => {},
  });
}

/** A room is the request path: letters, digits, `-` and `_`, in up to four `/`-separated parts. */
const ROOM_PATH = /^\/[\w-]{1,100}(?:\/[\w-]{1,100}){0,3}$/;
/** A map file is at most 20 MB (FORMAT.md); a sync message carrying one is a little larger. */
const MAX_MESSAGE_BYTES = 32 * 1024 * 1024;

const wss = new WebSocket.Server({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
wss.on('connection', setupWSConnection);

const server = http.createServer((_request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/plain' });
  response.end('okay');
});

server.on('upgrade', async (request, socket, head) => {
  const path = (request.url ?? '').split('?')[0] ?? '';
  if (!ROOM_PATH.test(path)) {
    socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    return;
  }
  try {
    await loaded.get(getYDoc(path.slice(1)));
  } catch (error) {
    console.error(`Could not read room ${path} from ${PERSISTENCE_DIR}:`, error);
    socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\n\r\n');
    return;
  }
  wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
});

server.listen(PORT, HOST, () => {
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : PORT;
  const where = PERSISTENCE_DIR ? `rooms kept in ${PERSISTENCE_DIR}` : 'rooms kept in memory only';
  console.log(`Obvious live sync server listening on ws://${HOST}:${port} (${where})`);
});

let stopping = false;
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: closing connections…`);
  server.close();
  for (const client of wss.clients) client.close(1001, 'server shutting down');
  // Give the close handshakes a moment, then make sure nothing stays open.
  await new Promise((resolve) => setTimeout(resolve, 200));
  for (const client of wss.clients) client.terminate();
  if (store) {
    // Every update is already queued for LevelDB; closing it waits for those writes.
    await Promise.all([...docs.values()].map((doc) => loaded.get(doc)));
    await store.destroy();
  }
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));

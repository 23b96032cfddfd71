// A y-websocket client in Node for tests/collab/server.test.ts (the same client library the app uses).
//   node syncClient.mjs URL ROOM write KEY VALUE   writes, then checks from a second connection that the server has it
//   node syncClient.mjs URL ROOM read KEY          prints the value as JSON (null when absent)
import process from 'node:process';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

const [url, room, command, key, value] = process.argv.slice(2);
const TIMEOUT_MS = 8000;

function connect() {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(url, room, doc, { WebSocketPolyfill: WebSocket, disableBc: true });
  const synced = new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no sync with ${url} within ${TIMEOUT_MS} ms`)),
      TIMEOUT_MS,
    );
    provider.on('sync', (isSynced) => {
      if (!isSynced) return;
      clearTimeout(timer);
      resolve();
    });
  });
  return { doc, provider, synced };
}

async function main() {
  const first = connect();
  await first.synced;
  if (command === 'write') {
    first.doc.getMap('probe').set(key, value);
    const check = connect();
    await check.synced;
    for (let waited = 0; check.doc.getMap('probe').get(key) !== value; waited += 50) {
      if (waited > TIMEOUT_MS) throw new Error('the server never had the value');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    check.provider.destroy();
  } else {
    process.stdout.write(`${JSON.stringify(first.doc.getMap('probe').get(key) ?? null)}\n`);
  }
  first.provider.destroy();
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);

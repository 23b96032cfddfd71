// `npm run bench:collab:crash`: what kill -9 loses. A person edits a room without pausing (one change
// every 50 ms); at a random moment the server is killed with SIGKILL and started again on the same
// data; the room then holds some edit N. Lost: the edits after N, and the time between edit N and
// the kill. Repeated; prints each trial and the worst.
//
//   npm run bench:collab:crash -- --trials 5
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { mapDoc } from '../../src/collab/doc/mapDoc';
import { writeMapChange } from '../../src/collab/doc/writeMapDoc';
import { tokenFor } from '../../server/tokens';
import { generateMap } from '../generateMap';
import { option } from '../machine';

const TRIALS = Number(option('trials') ?? 5);
const SECRET = 'crash-bench-secret-0123456789abcdef0123456789';
const ROOM = 'crash';
const token = tokenFor(SECRET, ROOM, 'edit', 1);

function start(data: string, port = 0): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), COLLAB_SECRET: SECRET, COLLAB_DATA: data },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve) =>
    child.stdout?.on('data', (chunk: Buffer) => {
      const found = /listening on ws:\/\/127\.0\.0\.1:(\d+)/.exec(chunk.toString());
      if (found) resolve({ child, port: Number(found[1]) });
    }),
  );
}

function joinRoom(port: number): Promise<{ doc: Y.Doc; leave: () => void }> {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({ url: `ws://127.0.0.1:${port}`, WebSocketPolyfill: WebSocket, maxAttempts: 1 });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: ROOM, document: doc, token });
  provider.attach();
  return new Promise((resolve) =>
    provider.on('synced', () => resolve({ doc, leave: () => (provider.destroy(), socket.destroy()) })),
  );
}

const results: { edits: number; kept: number; lostEdits: number; lostMs: number }[] = [];
for (let trial = 1; trial <= TRIALS; trial++) {
  const data = mkdtempSync(join(tmpdir(), 'obvious-crash-'));
  const first = await start(data);
  const { doc, leave } = await joinRoom(first.port);
  const map = generateMap(40, trial);
  doc.transact(() => writeMapChange(mapDoc(doc), null, map));
  const sentAt: number[] = [];
  const killAfter = 3000 + Math.random() * 3000;
  const began = Date.now();
  while (Date.now() - began < killAfter) {
    sentAt.push(Date.now());
    mapDoc(doc).fields.set('title', `Edit ${sentAt.length}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  first.child.kill('SIGKILL');
  const killedAt = Date.now();
  await new Promise((resolve) => first.child.once('exit', resolve));
  leave();
  const second = await start(data, first.port);
  const after = await joinRoom(second.port);
  const title = String(mapDoc(after.doc).fields.get('title') ?? '');
  const kept = Number(/^Edit (\d+)$/.exec(title)?.[1] ?? 0);
  after.leave();
  second.child.kill('SIGTERM');
  await new Promise((resolve) => second.child.once('exit', resolve));
  rmSync(data, { recursive: true, force: true });
  const lostMs = kept === 0 ? killedAt - began : killedAt - sentAt[kept - 1]!;
  results.push({ edits: sentAt.length, kept, lostEdits: sentAt.length - kept, lostMs });
  console.log(`trial ${trial}: ${sentAt.length} edits over ${(killAfter / 1000).toFixed(1)} s, kept up to edit ${kept}: lost ${sentAt.length - kept} edits, the last ${lostMs} ms`);
}
const worst = Math.max(...results.map((r) => r.lostMs));
console.log(`kill -9 lost at most the last ${worst} ms of edits (saves: 1 s after the last change, at least every 2 s while changes go on)`);

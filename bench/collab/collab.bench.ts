// `npm run bench:collab`: a bounded stress run of the live sync server. 200 connections in 50 rooms
// (four people each) edit and move their pointers for one minute; the first half with nobody else,
// the second with a hostile client in the mix (invalid changes, forged presence, hostile frames,
// floods, oversize messages, bad tokens). Prints, per half: the server's memory (RSS), messages a
// second through it, the p50/p95/p99 time for an edit to reach another person, and what went wrong
// for the honest people (disconnections, an invalid map seen) — which must be nothing.
//
//   npm run bench:collab -- --seconds 60 --connections 200 --rooms 50
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { checkMap } from '../../src/collab/doc/checkMap';
import { indexById, mapDoc } from '../../src/collab/doc/mapDoc';
import { readMapDoc } from '../../src/collab/doc/readMapDoc';
import { writeMapChange } from '../../src/collab/doc/writeMapDoc';
import { NO_MAP } from '../../server/roomMap';
import { tokenFor } from '../../server/tokens';
import { generateMap } from '../generateMap';
import { option } from '../machine';
import type { Attacks } from './hostileClient';

const SECONDS = Number(option('seconds') ?? 60);
const CONNECTIONS = Number(option('connections') ?? 200);
const ROOMS = Number(option('rooms') ?? 50);
const EDIT_EVERY_MS = 2000;
const SECRET = 'bench-secret-0123456789abcdef0123456789abcdef';

interface Half {
  latencies: number[];
  messages: number;
  rss: number[];
  disconnects: number;
  invalidSeen: number;
  edits: number;
}
const newHalf = (): Half => ({ latencies: [], messages: 0, rss: [], disconnects: 0, invalidSeen: 0, edits: 0 });
const halves = { calm: newHalf(), hostile: newHalf() };
let half: Half = halves.calm;

const data = mkdtempSync(join(tmpdir(), 'obvious-bench-'));
const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
  env: {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: '0',
    COLLAB_SECRET: SECRET,
    COLLAB_DATA: data,
    // Every connection comes from this one address here; behind a proxy each person has their own.
    COLLAB_MAX_CONNECTIONS_PER_ADDRESS: String(CONNECTIONS + 100),
  },
  stdio: ['ignore', 'pipe', 'pipe'],
});
const serverLog: string[] = [];
server.stderr.on('data', (chunk: Buffer) => serverLog.push(...chunk.toString().trim().split('\n')));
const port = await new Promise<number>((resolve, reject) => {
  server.stdout.on('data', (chunk: Buffer) => {
    const found = /listening on ws:\/\/127\.0\.0\.1:(\d+)/.exec(chunk.toString());
    if (found) resolve(Number(found[1]));
  });
  server.once('exit', (code) => reject(new Error(`the server exited (${code})`)));
});
const url = `ws://127.0.0.1:${port}`;
const rssMb = (): number => {
  const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
};
const rssAtStart = rssMb();

interface Person {
  doc: Y.Doc;
  awareness: Awareness;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  nodeId: string;
  index: number;
  seq: number;
}

const people: Person[] = [];
const roomNames = Array.from({ length: ROOMS }, (_, i) => `bench-${i}`);
const perRoom = Math.ceil(CONNECTIONS / ROOMS);

for (let i = 0; i < CONNECTIONS; i++) {
  const roomIndex = i % ROOMS;
  const room = roomNames[roomIndex]!;
  const map = generateMap(40, roomIndex + 1);
  const doc = new Y.Doc();
  const awareness = new Awareness(doc);
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket, maxDelay: 2000 });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: room, document: doc, awareness, token: tokenFor(SECRET, room, 'edit', 1) });
  provider.attach();
  provider.on('message', () => (half.messages += 1));
  provider.on('outgoingMessage', () => (half.messages += 1));
  socket.on('close', () => (half.disconnects += 1));
  const person: Person = { doc, awareness, provider, socket, nodeId: map.nodes[Math.floor(i / ROOMS) % map.nodes.length]!.id, index: i, seq: 0 };
  people.push(person);
  if (i < ROOMS) {
    await new Promise<void>((resolve) => provider.on('synced', () => resolve()));
    doc.transact(() => writeMapChange(mapDoc(doc), null, map));
  }
  // Someone else's edit reaching this person: how long it took.
  mapDoc(doc).nodes.observeDeep((events, transaction) => {
    if (transaction.local) return;
    for (const event of events) {
      const label = event.target instanceof Y.Map ? event.target.get('label') : undefined;
      const found = typeof label === 'string' ? /^edit (\d+) (\d+) (\d+)$/.exec(label) : null;
      if (found && Number(found[1]) !== person.index) half.latencies.push(Date.now() - Number(found[3]));
    }
  });
  awareness.setLocalState({ name: `Person ${i}`, mode: 'edit', cursor: null });
}
await new Promise((resolve) => setTimeout(resolve, 2000));

function edit(person: Person): void {
  const record = indexById(mapDoc(person.doc).nodes).get(person.nodeId);
  if (!record) return;
  person.seq += 1;
  half.edits += 1;
  record.set('label', `edit ${person.index} ${person.seq} ${Date.now()}`);
  person.awareness.setLocalStateField('cursor', { x: person.seq * 10, y: person.index });
}

const timers = people.map((person) =>
  setTimeout(() => {
    edit(person);
    timers[person.index] = setInterval(() => edit(person), EDIT_EVERY_MS);
  }, Math.random() * EDIT_EVERY_MS),
);
const sampler = setInterval(() => half.rss.push(rssMb()), 1000);

await new Promise((resolve) => setTimeout(resolve, (SECONDS * 1000) / 2));
half = halves.hostile;
// The hostile client runs in a process of its own, so its work does not slow the people measured.
const setup = { url, port, secret: SECRET, rooms: roomNames, victims: people.slice(0, ROOMS).map((person) => person.doc.clientID) };
const hostile = spawn(process.execPath, ['--import', 'tsx', 'bench/collab/hostileClient.ts', JSON.stringify(setup)], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
let hostileOutput = '';
hostile.stdout.on('data', (chunk: Buffer) => (hostileOutput += chunk.toString()));
await new Promise((resolve) => setTimeout(resolve, (SECONDS * 1000) / 2));
timers.forEach((timer) => clearInterval(timer));
clearInterval(sampler);
hostile.kill('SIGTERM');
await new Promise((resolve) => hostile.once('exit', resolve));
const attacks = JSON.parse(hostileOutput.trim() || '{"made":0,"refused":0,"byKind":{}}') as Attacks;
await new Promise((resolve) => setTimeout(resolve, 1500));

// Every honest person still holds a valid map.
for (const person of people) {
  const checked = checkMap(readMapDoc(mapDoc(person.doc)), NO_MAP);
  if (!checked.ok) halves.hostile.invalidSeen += 1;
}
const rssWithEveryone = rssMb();
people.forEach((person) => {
  person.provider.destroy();
  person.socket.destroy();
});
await new Promise((resolve) => setTimeout(resolve, 5000));
const rssAfter = rssMb();
const status = (await (await fetch(`http://127.0.0.1:${port}/`)).json()) as { rooms: number; connections: number; heapUsedMb: number };

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
const row = (name: string, h: Half) =>
  `${name.padEnd(22)} ${String(Math.round(Math.max(...h.rss))).padStart(6)} MB ${String(Math.round(h.messages / (SECONDS / 2))).padStart(8)}/s ` +
  `${String(percentile(h.latencies, 50)).padStart(5)} ${String(percentile(h.latencies, 95)).padStart(5)} ${String(percentile(h.latencies, 99)).padStart(5)} ms ` +
  `${String(h.edits).padStart(6)} ${String(h.latencies.length).padStart(8)} ${String(h.disconnects).padStart(6)}`;

console.log(`Live sync server under load: ${CONNECTIONS} connections in ${ROOMS} rooms (${perRoom} people each), ${SECONDS} s, an edit every ${EDIT_EVERY_MS / 1000} s per person`);
console.log(`${'half'.padEnd(22)} ${'peak RSS'.padStart(9)} ${'messages'.padStart(10)} ${'p50'.padStart(5)} ${'p95'.padStart(5)} ${'p99'.padStart(5)}    ${'edits'.padStart(6)} ${'received'.padStart(8)} ${'closed'.padStart(6)}`);
console.log(row('calm', halves.calm));
console.log(row('with a hostile client', halves.hostile));
console.log(`server RSS: ${rssAtStart.toFixed(0)} MB at start, ${rssWithEveryone.toFixed(0)} MB at the end with everyone, ${rssAfter.toFixed(0)} MB 5 s after everyone left (then: ${status.rooms} rooms open, ${status.connections} connections, JavaScript heap in use ${status.heapUsedMb} MB)`);
console.log(`hostile client: ${attacks.made} attacks (${Object.entries(attacks.byKind).map(([kind, count]) => `${kind} ${count}`).join(', ')}); ${attacks.refused} refused or closed`);
console.log(`honest people: ${halves.calm.disconnects + halves.hostile.disconnects} disconnections, ${halves.hostile.invalidSeen} holding an invalid map at the end; server alive: ${server.exitCode === null}`);
server.kill('SIGTERM');
await new Promise((resolve) => server.once('exit', resolve));
rmSync(data, { recursive: true, force: true });
process.exit(halves.calm.disconnects + halves.hostile.disconnects + halves.hostile.invalidSeen === 0 ? 0 : 1);

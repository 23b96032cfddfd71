import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mapDoc } from '../../src/collab/doc/mapDoc';
import { writeMapChange } from '../../src/collab/doc/writeMapDoc';
import { mapSchema, type DecisionMap } from '../../src/domain/records/map';
import { openSqliteStore } from '../../server/store/sqliteStore';
import { tokenFor } from '../../server/tokens';
import { arbitraryMap, arbitraryNextQuarter, makeSmallMap } from '../builders';
import { closeAll, connect, mapIn, sleep, until, within, writeMap, type LiveClient } from './helpers/liveClient';
import { rawSocket, updateMessage } from './helpers/rawClient';
import { dataFolder, SECRET, startServer, stopAllServers, type ServerProcess } from './helpers/serverProcess';

/*
 * The server checks every change with the domain, as the app does: an update that would make the
 * room's map invalid is refused and its connection closed, so the room — and everyone who joins it
 * later — only ever sees a valid map. A room stored invalid is repaired before anyone joins.
 */

let server: ServerProcess;
let data: string;
let n = 0;
const freshRoom = () => `check-${Date.now().toString(36)}-${++n}`;
const edit = (room: string) => tokenFor(SECRET, room, 'edit', 1);

beforeAll(async () => {
  data = dataFolder();
  server = await startServer({ COLLAB_DATA: data });
});
afterEach(() => closeAll());
afterAll(() => stopAllServers());

/** A room holding `map`, with Alice in it; and a second person, Mallory, who writes to it directly. */
async function roomWith(map: DecisionMap) {
  const room = freshRoom();
  const alice = connect(server.url, room, edit(room));
  await alice.synced;
  writeMap(alice, map);
  const mallory = connect(server.url, room, edit(room));
  await mallory.synced;
  await until(() => mapIn(mallory.doc)?.title === map.title, 'Mallory has the map');
  return { room, alice, mallory };
}

/** After a refusal: the room as a newcomer finds it. */
async function newcomerSees(room: string): Promise<DecisionMap | null> {
  const newcomer = connect(server.url, room, edit(room));
  await within(newcomer.synced, 5000, 'the newcomer joins');
  return mapIn(newcomer.doc);
}

describe('changes that would make the map invalid', () => {
  const map = makeSmallMap({ title: 'Valid before' });
  const attacks: [string, (mallory: LiveClient) => void, RegExp][] = [
    ['an empty label', (m) => (mapDoc(m.doc).nodes.get(0) as Y.Map<unknown>).set('label', ''), /nodes\.0\.label/],
    ['an unknown stance', (m) => (mapDoc(m.doc).nodes.get(0) as Y.Map<unknown>).set('stance', 'ecstatic'), /stance/],
    ['a map without a title', (m) => mapDoc(m.doc).fields.delete('title'), /title/],
    ['an edge of the wrong kinds', (m) => mapDoc(m.doc).edges.push([recordOf({ id: 'e-bad', kind: 'requires', source: map.nodes[1]!.id, target: map.nodes[0]!.id })]), /edges/],
    ['an entry that is not a record', (m) => mapDoc(m.doc).nodes.push(['not a record']), /nodes/],
    ['something that is not part of a map', (m) => m.doc.getMap('probe').set('payload', 'x'.repeat(1000)), /only a decision map/],
  ];

  it.each(attacks)('%s: refused, its connection closed, and the room stays valid for everyone', async (_, attack, reason) => {
    const { room, alice, mallory } = await roomWith(map);
    attack(mallory);
    const closed = await within(mallory.closed, 5000, 'Mallory is closed');
    expect(closed.code).toBe(4400);
    expect(closed.reason).toMatch(reason);
    await sleep(200);
    expect(mapIn(alice.doc)?.title).toBe('Valid before');
    const seen = await newcomerSees(room);
    expect(seen?.title).toBe('Valid before');
    expect(seen?.nodes).toHaveLength(map.nodes.length);
    expect(server.lines().some((line) => line.includes(`room ${room}: refused an update from 127.0.0.1`))).toBe(true);
    // Each refusal is logged in one line: no line of the server's log is a piece of an object printed over several.
    expect(server.lines().filter((line) => /^\s*(code:|reason:|\}|\{)/.test(line))).toEqual([]);
  });

  it('refuses an update that builds on changes the room does not have', async () => {
    const room = freshRoom();
    const base = new Y.Doc();
    base.transact(() => writeMapChange(mapDoc(base), null, makeSmallMap()));
    const later = new Y.Doc();
    Y.applyUpdate(later, Y.encodeStateAsUpdate(base));
    mapDoc(later).fields.set('title', 'Built on nothing the server has');
    const socket = await rawSocket(server.url, room, edit(room));
    socket.send(updateMessage(room, Y.encodeStateAsUpdate(later, Y.encodeStateVector(base))));
    const closed = await within(socket.closed, 5000, 'closed');
    expect(closed).toEqual({ code: 4400, reason: 'the update builds on changes this room does not have' });
    expect(await newcomerSees(room)).toBeNull();
  });
});

function recordOf(fields: Record<string, unknown>): Y.Map<unknown> {
  const record = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) record.set(key, value);
  return record;
}

describe('valid changes', () => {
  it('of every kind (states, moves, renames, adds, removals, edges, plan) all go through', async () => {
    const room = freshRoom();
    const alice = connect(server.url, room, edit(room));
    const bob = connect(server.url, room, edit(room));
    await Promise.all([alice.synced, bob.synced]);
    let map = fc.sample(arbitraryMap({ maxProofs: 6, maxPlanItems: 4, oddLabels: true }), { numRuns: 1, seed: 7 })[0]!;
    writeMap(alice, map);
    for (let i = 0; i < 8; i++) {
      // Only valid next quarters (the generator's renames can pass the label limit).
      const next = fc
        .sample(arbitraryNextQuarter(map), { numRuns: 30, seed: 100 + i })
        .find((candidate) => mapSchema.safeParse(candidate).success);
      if (!next) continue;
      writeMap(i % 2 === 0 ? alice : bob, next, map);
      map = next;
      await until(() => JSON.stringify(mapIn(alice.doc)) === JSON.stringify(mapIn(bob.doc)) && mapIn(bob.doc) !== null, `change ${i} reaches both`);
    }
    expect(server.lines().filter((line) => line.includes(`room ${room}: refused`))).toEqual([]);
    expect(mapIn(bob.doc)?.nodes.map((node) => node.id).sort()).toEqual(map.nodes.map((node) => node.id).sort());
  });
});

describe('a room stored invalid', () => {
  /** Stops the server, writes `state` as the room's stored state (and `snapshots`), and starts it again. */
  async function storeDirectly(room: string, state: Uint8Array, snapshots: [Date, Uint8Array][] = []) {
    await server.stop();
    const store = openSqliteStore(`${data}/rooms.sqlite`, { snapshotEveryMs: 86_400_000, keepMs: 90 * 86_400_000 });
    for (const [at, snapshot] of snapshots) await store.snapshot(room, snapshot, 'daily', at);
    await store.save(room, state, new Date());
    await store.close();
    server = await startServer({ COLLAB_DATA: data });
  }
  const stateOf = (map: DecisionMap, poison: (doc: Y.Doc) => void = () => {}) => {
    const doc = new Y.Doc();
    doc.transact(() => writeMapChange(mapDoc(doc), null, map));
    poison(doc);
    return Y.encodeStateAsUpdate(doc);
  };

  it('is repaired before anyone joins, keeping every valid record (and the state found, as a snapshot)', async () => {
    const room = freshRoom();
    const map = makeSmallMap({ title: 'Poisoned while nobody was here' });
    const poisoned = stateOf(map, (doc) => {
      (mapDoc(doc).nodes.get(0) as Y.Map<unknown>).set('influence', 99);
      doc.getMap('junk').set('x', 1);
    });
    await storeDirectly(room, poisoned);
    const seen = await newcomerSees(room);
    expect(seen?.title).toBe('Poisoned while nobody was here');
    expect(seen?.nodes.map((node) => node.id)).toEqual(map.nodes.slice(1).map((node) => node.id));
    await server.waitForLine(new RegExp(`room ${room} is not valid as stored`));
    const store = openSqliteStore(`${data}/rooms.sqlite`, { snapshotEveryMs: 86_400_000, keepMs: 90 * 86_400_000 });
    expect((await store.listSnapshots(room)).map((s) => s.reason)).toContain('before-repair');
    await store.close();
  });

  it('is put back as its last valid snapshot has it', async () => {
    const room = freshRoom();
    const map = makeSmallMap({ title: 'Yesterday' });
    const yesterday = stateOf(map);
    const today = new Y.Doc();
    Y.applyUpdate(today, yesterday);
    (mapDoc(today).nodes.get(0) as Y.Map<unknown>).set('label', '');
    await storeDirectly(room, Y.encodeStateAsUpdate(today), [[new Date(Date.now() - 3_600_000), yesterday]]);
    const seen = await newcomerSees(room);
    expect(seen?.nodes[0]).toEqual(map.nodes[0]);
    expect(seen?.nodes).toHaveLength(map.nodes.length);
  });
});

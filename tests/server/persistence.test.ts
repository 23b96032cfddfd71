import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tokenFor } from '../../server/tokens';
import { makeSmallMap } from '../builders';
import { closeAll, connect, mapIn, sleep, until, within, writeMap } from './helpers/liveClient';
import { dataFolder, SECRET, startServer, stopAllServers, type ServerProcess } from './helpers/serverProcess';

/*
 * Rooms kept in the database (SQLite here; PostgreSQL in cluster.test.ts): across a clean restart
 * (every room saved first), across kill -9 (what was saved a couple of seconds before stays), and back
 * to a snapshot after vandalism, with the server running or not.
 */

const run = promisify(execFile);
let server: ServerProcess;
let data: string;
let n = 0;
const freshRoom = () => `kept-${Date.now().toString(36)}-${++n}`;
const edit = (room: string) => tokenFor(SECRET, room, 'edit', 1);

beforeAll(async () => {
  data = dataFolder();
  server = await startServer({ COLLAB_DATA: data });
});
afterEach(() => closeAll());
afterAll(() => stopAllServers());

async function restart(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | string | null> {
  closeAll();
  const exit = await server.stop(signal);
  server = await startServer({ COLLAB_DATA: data });
  return exit;
}

async function roomAsFound(room: string) {
  const client = connect(server.url, room, edit(room));
  await within(client.synced, 5000, 'join');
  return mapIn(client.doc);
}

const restoreCommand = (args: string[], publicUrl = server.url) =>
  run(process.execPath, ['--import', 'tsx', 'server/cli/restore.ts', ...args], {
    env: { ...process.env, COLLAB_SECRET: SECRET, COLLAB_DATA: data, COLLAB_PUBLIC_URL: publicUrl },
  });

describe('rooms in the database', () => {
  it('survive a clean restart, with the change made just before it', async () => {
    const room = freshRoom();
    const alice = connect(server.url, room, edit(room));
    await alice.synced;
    const map = makeSmallMap({ title: 'Kept' });
    writeMap(alice, map);
    await sleep(100);
    writeMap(alice, { ...map, title: 'Renamed just before the stop' }, map);
    await sleep(100);
    expect(await restart('SIGTERM')).toBe(0);
    expect((await roomAsFound(room))?.title).toBe('Renamed just before the stop');
  });

  it('keep, after kill -9, what was changed more than two seconds before', async () => {
    const room = freshRoom();
    const alice = connect(server.url, room, edit(room));
    await alice.synced;
    let map = makeSmallMap({ title: 'Edit 0' });
    writeMap(alice, map);
    // Editing without a pause: saves happen at least every 2 s even while changes go on.
    const started = Date.now();
    let i = 0;
    while (Date.now() - started < 4000) {
      const next = { ...map, title: `Edit ${++i}` };
      writeMap(alice, next, map);
      map = next;
      await sleep(100);
    }
    const lastAt = i;
    await sleep(2600);
    expect(await restart('SIGKILL')).toBe('SIGKILL');
    expect((await roomAsFound(room))?.title).toBe(`Edit ${lastAt}`);
  });
});

describe('snapshots', () => {
  it('bring a vandalised room back, live, for everyone in it (npm run collab:restore)', async () => {
    const room = freshRoom();
    const alice = connect(server.url, room, edit(room));
    const bob = connect(server.url, room, edit(room));
    await Promise.all([alice.synced, bob.synced]);
    const map = makeSmallMap({ title: 'The real map' });
    writeMap(alice, map);
    await until(() => mapIn(bob.doc)?.title === 'The real map', 'Bob has it');
    const kept = await fetch(`${server.http}/snapshots`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${edit(room)}` },
      body: JSON.stringify({ room }),
    });
    expect(kept.status).toBe(200);
    const before = new Date(Date.now() + 5);
    await sleep(20);

    writeMap(bob, { ...map, title: 'Vandalised', nodes: [], edges: [], plan: [] }, map);
    await until(() => mapIn(alice.doc)?.title === 'Vandalised', 'the vandalism reaches Alice');
    await sleep(2500);

    const { stdout } = await restoreCommand([room, '--at', before.toISOString()]);
    expect(stdout).toMatch(/everyone in the room sees it now/);
    await until(() => mapIn(alice.doc)?.title === 'The real map', 'Alice sees the map restored');
    expect(mapIn(alice.doc)?.nodes.map((node) => node.id).sort()).toEqual(map.nodes.map((node) => node.id).sort());
    expect(mapIn(bob.doc)).toEqual(mapIn(alice.doc));

    const listed = (await restoreCommand([room, '--list'])).stdout;
    expect(listed).toMatch(/on-demand/);
    expect(listed).toMatch(/before-restore/);
    await restart();
    expect((await roomAsFound(room))?.title).toBe('The real map');
  });

  it('restore a room in the database when no server is running, and say when there is nothing to go back to', async () => {
    const room = freshRoom();
    const alice = connect(server.url, room, edit(room));
    await alice.synced;
    const map = makeSmallMap({ title: 'First version' });
    writeMap(alice, map);
    await sleep(2500); // saved, and the room's first snapshot kept with it
    const firstSaved = new Date();
    writeMap(alice, { ...map, title: 'Second version' }, map);
    await sleep(100);
    closeAll();
    await server.stop();

    const { stdout } = await restoreCommand([room, '--at', firstSaved.toISOString()], 'ws://127.0.0.1:9');
    expect(stdout).toMatch(/No server answered .* restored room .* in the database/);
    const nothing = await restoreCommand([room, '--at', '2001-01-01'], 'ws://127.0.0.1:9').catch((error: { code: number; stderr: string }) => error);
    expect(nothing).toMatchObject({ code: 1, stderr: expect.stringMatching(/no snapshot with a valid map/) });

    server = await startServer({ COLLAB_DATA: data });
    expect((await roomAsFound(room))?.title).toBe('First version');
  });
});

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mapDoc } from '../../src/collab/doc/mapDoc';
import { readRoomLink } from '../../src/collab/doc/roomLink';
import { signToken, tokenFor } from '../../server/tokens';
import { makeSmallMap } from '../builders';
import { closeAll, connect, mapIn, sleep, until, within, writeMap } from './helpers/liveClient';
import { awarenessMessage, forgePresence, presenceUpdate } from './helpers/rawClient';
import { SECRET, startServer, stopAllServers, type ServerProcess } from './helpers/serverProcess';

/*
 * Who may join a room and what they may do there, against the real server on loopback: a signed token
 * per link, view-only enforced by the server, presence that speaks only for its own person, links made
 * by the server, and a new secret ending every link.
 */

const run = promisify(execFile);
let server: ServerProcess;
let n = 0;
const freshRoom = () => `access-${Date.now().toString(36)}-${++n}`;
const edit = (room: string) => tokenFor(SECRET, room, 'edit', 1);
const view = (room: string) => tokenFor(SECRET, room, 'view', 1);

beforeAll(async () => {
  server = await startServer();
});
afterEach(() => closeAll());
afterAll(() => stopAllServers());

describe('joining a room', () => {
  it('refuses a link without a token, a forged, expired, altered or other room’s token, each saying why', async () => {
    const room = freshRoom();
    const [payload] = edit(room).split('.');
    const cases: [string, string, RegExp][] = [
      ['no token', '', /carries no key/],
      ['nonsense', 'not-a-token', /damaged/],
      ['signed with another secret', tokenFor('another-secret-0123456789abcdef0123456789', room, 'edit', 1), /not valid on this server/],
      ['expired', signToken(SECRET, { room, scope: 'edit', exp: Math.floor(Date.now() / 1000) - 60 }), /expired/],
      ['another room’s', edit('some-other-room'), /another room/],
      ['altered (view turned into edit)', `${Buffer.from(JSON.stringify({ room, scope: 'edit', exp: 2e9 })).toString('base64url')}.${view(room).split('.')[1]}`, /not valid on this server/],
      ['with its signature cut', `${payload}.`, /not valid on this server/],
    ];
    for (const [what, token, reason] of cases) {
      const client = connect(server.url, room, token);
      expect(await within(client.refused, 5000, what), what).toMatch(reason);
      client.destroy();
    }
    await until(
      () => server.lines().filter((line) => line.includes(`refused a connection to room ${room}`)).length === cases.length,
      'one line per refusal',
    );
  });

  it('accepts an edit token: two people see each other’s edits', async () => {
    const room = freshRoom();
    const alice = connect(server.url, room, edit(room));
    const bob = connect(server.url, room, edit(room));
    await within(Promise.all([alice.synced, bob.synced]), 5000, 'both join');
    const map = makeSmallMap();
    writeMap(alice, map);
    await until(() => mapIn(bob.doc)?.title === map.title, 'Bob sees Alice’s map');
    writeMap(bob, { ...map, title: 'Renamed by Bob' }, map);
    await until(() => mapIn(alice.doc)?.title === 'Renamed by Bob', 'Alice sees Bob’s rename');
  });
});

describe('a view-only link', () => {
  it('cannot write: its change reaches neither the others nor the database', async () => {
    const room = freshRoom();
    const alice = connect(server.url, room, edit(room));
    await alice.synced;
    const map = makeSmallMap();
    writeMap(alice, map);
    const viewer = connect(server.url, room, view(room));
    await viewer.synced;
    await until(() => mapIn(viewer.doc)?.title === map.title, 'the viewer sees the map');
    expect(viewer.provider.authorizedScope).toBe('readonly');

    // A modified client writes anyway: the server drops it.
    writeMap(viewer, { ...map, title: 'Vandalised', nodes: [] }, map);
    await sleep(500);
    expect(mapIn(alice.doc)?.title).toBe(map.title);
    const late = connect(server.url, room, edit(room));
    await late.synced;
    expect(mapIn(late.doc)?.title).toBe(map.title);
    expect(mapIn(late.doc)?.nodes).toHaveLength(map.nodes.length);

    // Nor is it saved: after a clean restart the room is as Alice left it.
    closeAll();
    await server.stop();
    server = await startServer({ COLLAB_DATA: dataOf(server) });
    const after = connect(server.url, room, edit(room));
    await after.synced;
    expect(mapIn(after.doc)?.title).toBe(map.title);
  });
});

/** The data folder a server was started with (to restart it on the same rooms). */
function dataOf(process: ServerProcess): string {
  const line = process.lines().find((l) => l.includes('rooms in SQLite')) ?? '';
  const file = /SQLite (\S+)\/rooms\.sqlite/.exec(line)?.[1];
  if (!file) throw new Error(`no data folder in: ${line}`);
  return file;
}

describe('presence', () => {
  it('cannot speak for someone else: presence for another person’s client id never reaches anyone', async () => {
    const room = freshRoom();
    const alice = connect(server.url, room, edit(room));
    const bob = connect(server.url, room, edit(room));
    await Promise.all([alice.synced, bob.synced]);
    alice.awareness.setLocalState({ name: 'Alice', mode: 'edit', viewport: { x: 0, y: 0, zoom: 1, width: 100, height: 100 } });
    await until(() => bob.awareness.getStates().get(alice.doc.clientID)?.name === 'Alice', 'Bob sees Alice');

    // Mallory's presence claims Alice's client id, to steer whoever follows Alice.
    await forgePresence(server.url, room, edit(room), alice.doc.clientID, {
      name: 'Alice (facilitator)',
      mode: 'edit',
      viewport: { x: 9e6, y: 9e6, zoom: 9, width: 1, height: 1 },
    });
    await server.waitForLine(new RegExp(`room ${room}: dropped presence claiming client ${alice.doc.clientID}`));
    await sleep(300);
    expect(bob.awareness.getStates().get(alice.doc.clientID)).toMatchObject({ name: 'Alice', viewport: { zoom: 1 } });
    const names = [...bob.awareness.getStates().values()].map((state) => state.name);
    expect(names).not.toContain('Alice (facilitator)');
  });

  it('closes a connection that speaks for a second person', async () => {
    const room = freshRoom();
    const mallory = await forgePresence(server.url, room, edit(room), 111_111, { name: 'First' });
    mallory.send(awarenessMessage(room, presenceUpdate(222_222, { name: 'Second' })));
    expect(await within(mallory.closed, 5000, 'closed')).toEqual({
      code: 4403,
      reason: 'presence may speak only for the one person on this connection',
    });
  });

  it('shows what the link allows, not what the browser claims, and numbers a name already in the room', async () => {
    const room = freshRoom();
    const alice = connect(server.url, room, edit(room));
    const viewer = connect(server.url, room, view(room));
    await Promise.all([alice.synced, viewer.synced]);
    alice.awareness.setLocalState({ name: 'Alice', mode: 'edit' });
    await sleep(200);
    viewer.awareness.setLocalState({ name: 'alice ', mode: 'edit' });
    await until(() => alice.awareness.getStates().has(viewer.doc.clientID), 'Alice sees the viewer');
    expect(alice.awareness.getStates().get(viewer.doc.clientID)).toMatchObject({ name: 'alice (2)', mode: 'view' });
    expect(viewer.awareness.getStates().get(alice.doc.clientID)).toMatchObject({ name: 'Alice', mode: 'edit' });
  });
});

describe('links', () => {
  const ask = (key: string | null, body: object = {}) =>
    fetch(`${server.http}/links`, {
      method: 'POST',
      headers: key === null ? {} : { Authorization: `Bearer ${key}` },
      body: JSON.stringify(body),
    }).then(async (response) => ({ status: response.status, body: (await response.json()) as Record<string, unknown> }));

  it('are made by the server: with its key for a new room, with an edit token for that room only', async () => {
    const made = await ask(SECRET);
    expect(made.status).toBe(200);
    const room = String(made.body.room);
    expect(room).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(made.body.empty).toBe(true);
    const editor = connect(server.url, room, String(made.body.edit));
    await editor.synced;
    writeMap(editor, makeSmallMap());
    const viewer = connect(server.url, room, String(made.body.view));
    await viewer.synced;
    expect(viewer.provider.authorizedScope).toBe('readonly');

    const again = await ask(String(made.body.edit));
    expect(again.status).toBe(200);
    expect(again.body.room).toBe(room);
    expect(again.body.empty).toBe(false);
    expect(Date.parse(String(again.body.expiresAt))).toBeLessThanOrEqual(Date.parse(String(made.body.expiresAt)) + 1000);
    expect((await ask(String(made.body.edit), { room: 'another-room' })).status).toBe(403);
  });

  it('never turn a view link into an edit key, and need a key at all', async () => {
    const room = freshRoom();
    const refused = await ask(view(room));
    expect(refused).toEqual({ status: 403, body: { error: 'A view-only link cannot make links or snapshots.' } });
    expect((await ask(null)).status).toBe(401);
    expect((await ask('wrong-key')).status).toBe(403);
    expect((await ask(SECRET, { room: '../etc' })).status).toBe(400);
    const preflight = await fetch(`${server.http}/links`, { method: 'OPTIONS' });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
  });

  it('`npm run collab:link` prints one line, the app link, whose token the server accepts', async () => {
    const room = freshRoom();
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'server/cli/link.ts', '--room', room, '--scope', 'view'], {
      env: { ...process.env, COLLAB_SECRET: SECRET, COLLAB_PUBLIC_URL: server.url, COLLAB_APP_URL: 'https://obvious.example.com/' },
    });
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const url = new URL(lines[0]!);
    expect(url.origin).toBe('https://obvious.example.com');
    const link = readRoomLink(url.search, 'ws://unused:1');
    expect(link).toMatchObject({ ok: true, link: { room, sync: server.url, mode: 'view' } });
    if (!link?.ok) return;
    const viewer = connect(server.url, room, link.link.token);
    await viewer.synced;
    expect(viewer.provider.authorizedScope).toBe('readonly');
  });

  it('all stop working when the secret changes', async () => {
    const room = freshRoom();
    const token = edit(room);
    closeAll();
    await server.stop();
    const data = dataOf(server);
    server = await startServer({ COLLAB_DATA: data, COLLAB_SECRET: 'a-new-secret-after-rotation-0123456789abcdef' });
    const client = connect(server.url, room, token);
    expect(await within(client.refused, 5000, 'the old link is refused')).toMatch(/not valid on this server/);
    expect(mapDoc(client.doc).fields.size).toBe(0);
    client.destroy();
    await server.stop();
    server = await startServer({ COLLAB_DATA: data });
  });
});

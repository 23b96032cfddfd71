import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mapDoc } from '../../src/collab/doc/mapDoc';
import { LOCKED_MESSAGE } from '../../src/collab/doc/lockNotice';
import { ANSWER, ROUND, editToken as edit, viewToken as view } from './helpers/roundFixtures';
import { makeSmallMap } from '../builders';
import {
  closeAll,
  connect,
  mapIn,
  sleep,
  until,
  within,
  writeMap,
  type LiveClient,
} from './helpers/liveClient';
import { startServer, stopAllServers, type ServerProcess } from './helpers/serverProcess';

/*
 * Lock held by the server. Against the real server on loopback, with plain providers (clients that know
 * nothing of the lock, as a hostile or stale app would be): while an editor holds the lock, everyone
 * else's document changes are dropped and they are told; the holder's go through; nobody can take the
 * lock from its holder, and a view link cannot lock at all; when the lock ends (unlocked, or its holder
 * left) edits go through again, and what was held back arrives.
 */

let server: ServerProcess;
let n = 0;
const freshRoom = () => `lock-${Date.now().toString(36)}-${++n}`;

beforeAll(async () => {
  server = await startServer();
});
afterEach(() => closeAll());
afterAll(() => stopAllServers());

const map = makeSmallMap({ title: 'Before the lock' });
const titleOf = (client: LiveClient) => mapIn(client.doc)?.title;
const setTitle = (client: LiveClient, title: string) => mapDoc(client.doc).fields.set('title', title);
const firstLabel = (client: LiveClient) =>
  mapIn(client.doc)?.nodes.find((node) => node.id === map.nodes[0]!.id)?.label;
const setFirstLabel = (client: LiveClient, label: string) => {
  const nodes = mapDoc(client.doc).nodes;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes.get(i) as Y.Map<unknown>;
    if (node.get('id') === map.nodes[0]!.id) node.set('label', label);
  }
};

/** The stateless messages a client received, parsed. */
function noticesOf(client: LiveClient): unknown[] {
  const notices: unknown[] = [];
  client.provider.on('stateless', ({ payload }: { payload: string }) => notices.push(JSON.parse(payload)));
  return notices;
}

/** A room holding the map, with Alice (who will lock), Bob (an editor) and Carol (an editor who watches). */
async function room() {
  const name = freshRoom();
  const alice = connect(server.url, name, edit(name));
  await alice.synced;
  writeMap(alice, map);
  const bob = connect(server.url, name, edit(name));
  const carol = connect(server.url, name, edit(name));
  await Promise.all([bob.synced, carol.synced]);
  await until(() => titleOf(bob) === map.title && titleOf(carol) === map.title, 'Bob and Carol have the map');
  bob.awareness.setLocalState({ name: 'Bob' });
  carol.awareness.setLocalState({ name: 'Carol' });
  const bobNotices = noticesOf(bob);
  return { name, alice, bob, carol, bobNotices };
}

async function lock(locker: LiveClient, watcher: LiveClient, name = 'Alice') {
  locker.awareness.setLocalState({ name, lock: true });
  await until(
    () => watcher.awareness.getStates().get(locker.doc.clientID)?.lock === true,
    `${watcher.doc.clientID} sees the lock`,
  );
}

/** What a newcomer finds in the room: the server's own document. */
async function newcomerTitle(name: string) {
  const newcomer = connect(server.url, name, edit(name));
  await within(newcomer.synced, 5000, 'the newcomer joins');
  await until(() => titleOf(newcomer) !== undefined, 'the newcomer has the map');
  const title = titleOf(newcomer);
  newcomer.destroy();
  return title;
}

describe('lock held by the server', () => {
  it('drops everyone else’s changes while locked, tells them, and lets the holder’s through', async () => {
    const { name, alice, bob, carol, bobNotices } = await room();
    let bobClosed = false;
    void bob.closed.then(() => (bobClosed = true));
    await lock(alice, carol);
    setTitle(bob, 'Bob ignored the lock');
    await until(() => bobNotices.length > 0, 'Bob is told the room is locked');
    expect(bobNotices).toEqual([{ type: LOCKED_MESSAGE, by: 'Alice' }]);
    setFirstLabel(alice, 'Presented by Alice');
    await until(() => firstLabel(carol) === 'Presented by Alice', 'Carol sees the holder’s edit');
    expect(titleOf(carol)).toBe(map.title);
    expect(await newcomerTitle(name)).toBe(map.title);
    // Dropped, not refused: Bob stays connected, and is told once per lock.
    setTitle(bob, 'Bob again');
    await sleep(200);
    expect(bobNotices).toHaveLength(1);
    expect(titleOf(carol)).toBe(map.title);
    expect(bobClosed).toBe(false);
  });

  it('lets edits through again once unlocked, and what was held back arrives then', async () => {
    const { alice, bob, carol, bobNotices } = await room();
    await lock(alice, carol);
    setTitle(bob, 'Held back');
    await until(() => bobNotices.length > 0, 'Bob is told the room is locked');
    await sleep(100);
    expect(titleOf(carol)).toBe(map.title);
    alice.awareness.setLocalStateField('lock', false);
    await until(() => titleOf(carol) === 'Held back', 'the held-back change arrives after the lock');
    setFirstLabel(bob, 'Bob after the lock');
    await until(() => firstLabel(carol) === 'Bob after the lock', 'Bob edits again');
  });

  it('cannot be taken by a second editor', async () => {
    const { alice, bob, carol, bobNotices } = await room();
    await lock(alice, carol);
    bob.awareness.setLocalState({ name: 'Bob', lock: true });
    await sleep(200);
    const seen = carol.awareness.getStates().get(bob.doc.clientID);
    expect(seen).toMatchObject({ name: 'Bob', mode: 'edit' });
    expect(seen).not.toHaveProperty('lock');
    setTitle(bob, 'Bob took the lock');
    await until(() => bobNotices.length > 0, 'Bob is told the room is locked');
    setFirstLabel(alice, 'Still Alice’s');
    await until(() => firstLabel(carol) === 'Still Alice’s', 'the holder still edits');
    expect(titleOf(carol)).toBe(map.title);
  });

  it('lapses when its holder leaves', async () => {
    const { alice, bob, carol, bobNotices } = await room();
    await lock(alice, carol);
    setTitle(bob, 'Held back');
    await until(() => bobNotices.length > 0, 'Bob is told the room is locked');
    alice.destroy();
    await until(() => !carol.awareness.getStates().has(alice.doc.clientID), 'Alice is gone');
    await until(() => titleOf(carol) === 'Held back', 'the held-back change arrives after the lock');
    setFirstLabel(bob, 'Bob after Alice left');
    await until(() => firstLabel(carol) === 'Bob after Alice left', 'Bob edits again');
  });

  it('cannot be set by a view link', async () => {
    const { name, bob, carol, bobNotices } = await room();
    const viewer = connect(server.url, name, view(name));
    await viewer.synced;
    viewer.awareness.setLocalState({ name: 'Vic', lock: true });
    await until(() => carol.awareness.getStates().get(viewer.doc.clientID)?.name === 'Vic', 'Carol sees Vic');
    expect(carol.awareness.getStates().get(viewer.doc.clientID)).not.toHaveProperty('lock');
    setTitle(bob, 'Bob edits');
    await until(() => titleOf(carol) === 'Bob edits', 'Bob’s edit goes through');
    expect(bobNotices).toEqual([]);
  });

  it('still carries a view link’s answer to the round, and never its edits', async () => {
    const { name, alice, carol } = await room();
    const viewer = connect(server.url, name, view(name));
    await viewer.synced;
    await until(() => titleOf(viewer) === map.title, 'Vic has the map');
    alice.awareness.setLocalState({ name: 'Alice', lock: true, round: ROUND });
    await until(
      () => viewer.awareness.getStates().get(alice.doc.clientID)?.lock === true,
      'Vic sees the lock',
    );
    viewer.awareness.setLocalState({ name: 'Vic', answer: ANSWER });
    await until(() => alice.awareness.getStates().get(viewer.doc.clientID)?.name === 'Vic', 'Alice sees Vic');
    expect(alice.awareness.getStates().get(viewer.doc.clientID)).toMatchObject({
      mode: 'view',
      answer: ANSWER,
    });
    setTitle(viewer, 'Vic edits');
    alice.awareness.setLocalStateField('lock', false);
    await sleep(300);
    expect(titleOf(carol)).toBe(map.title);
  });
});

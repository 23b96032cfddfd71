import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ANSWER, ROUND, editToken as edit, viewToken as view } from './helpers/roundFixtures';
import { closeAll, connect, sleep, until } from './helpers/liveClient';
import { startServer, stopAllServers, type ServerProcess } from './helpers/serverProcess';

/*
 * Private rounds travel in presence. Against the real server on loopback: a view link may answer a
 * round (answering is not editing), but never run one, lock the map or summon anyone; and round fields
 * that are not well formed never reach anyone.
 */

let server: ServerProcess;
let n = 0;
const freshRoom = () => `rounds-${Date.now().toString(36)}-${++n}`;

beforeAll(async () => {
  server = await startServer();
});
afterEach(() => closeAll());
afterAll(() => stopAllServers());

describe('rounds through the server', () => {
  it('carries a view link’s sealed answer, but never its round, lock or summon', async () => {
    const room = freshRoom();
    const alice = connect(server.url, room, edit(room));
    const viewer = connect(server.url, room, view(room));
    await Promise.all([alice.synced, viewer.synced]);
    viewer.awareness.setLocalState({ name: 'Vic', round: ROUND, lock: true, summon: 3, answer: ANSWER });
    await until(() => alice.awareness.getStates().get(viewer.doc.clientID)?.name === 'Vic', 'Alice sees Vic');
    const seen = alice.awareness.getStates().get(viewer.doc.clientID);
    expect(seen).toMatchObject({ mode: 'view', answer: ANSWER });
    expect(seen).not.toHaveProperty('round');
    expect(seen).not.toHaveProperty('lock');
    expect(seen).not.toHaveProperty('summon');
  });

  it('carries an editor’s round, lock and summon', async () => {
    const room = freshRoom();
    const alice = connect(server.url, room, edit(room));
    const bob = connect(server.url, room, view(room));
    await Promise.all([alice.synced, bob.synced]);
    alice.awareness.setLocalState({ name: 'Alice', round: ROUND, lock: true, summon: 3 });
    await until(() => bob.awareness.getStates().get(alice.doc.clientID)?.name === 'Alice', 'Bob sees Alice');
    expect(bob.awareness.getStates().get(alice.doc.clientID)).toMatchObject({
      round: ROUND,
      lock: true,
      summon: 3,
    });
  });

  it('drops round fields that are not well formed, from anyone, and keeps the rest of the presence', async () => {
    const room = freshRoom();
    const alice = connect(server.url, room, edit(room));
    const mallory = connect(server.url, room, edit(room));
    await Promise.all([alice.synced, mallory.synced]);
    mallory.awareness.setLocalState({
      name: 'Mallory',
      round: { ...ROUND, revealed: [{ node: 'cfo', counts: [0, 1e9] }] },
      answer: { round: ROUND.id, sealed: '<script>alert(1)</script>' },
      lock: 'yes',
      summon: Infinity,
    });
    await until(
      () => alice.awareness.getStates().get(mallory.doc.clientID)?.name === 'Mallory',
      'Alice sees Mallory',
    );
    await sleep(100);
    const seen = alice.awareness.getStates().get(mallory.doc.clientID) ?? {};
    expect(Object.keys(seen).sort()).toEqual(['mode', 'name']);
  });
});

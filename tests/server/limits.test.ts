import { writeVarUint, writeVarUint8Array } from 'lib0/encoding';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Evidence } from '../../src/domain/records/common';
import type { DecisionMap } from '../../src/domain/records/map';
import { tokenFor } from '../../server/tokens';
import { makeApprover, makeSmallMap } from '../builders';
import { closeAll, connect, mapIn, sleep, within, writeMap } from './helpers/liveClient';
import { authMessage, binaryFrame, ended, handshakenSocket, message, rawSocket } from './helpers/rawClient';
import { SECRET, startServer, stopAllServers } from './helpers/serverProcess';

/*
 * Each limit, with the close reason the client sees: message size, document size, connections per
 * address, messages per second, and a peer that stops reading while messages pile up for it.
 */

const edit = (room: string) => tokenFor(SECRET, room, 'edit', 1);

afterEach(async () => {
  closeAll();
  await stopAllServers();
});
afterAll(() => stopAllServers());

describe('limits', () => {
  it('message size: a message past COLLAB_MAX_MESSAGE_BYTES closes the connection (1009)', async () => {
    const server = await startServer({ COLLAB_MAX_MESSAGE_BYTES: '65536' });
    const socket = await rawSocket(server.url, 'big', edit('big'));
    socket.send(
      message('big', 0, (e) => {
        writeVarUint(e, 2);
        writeVarUint8Array(e, new Uint8Array(70_000));
      }),
    );
    const closed = await within(socket.closed, 5000, 'closed');
    expect(closed.code).toBe(1009);
    await server.waitForLine(/closed a connection from 127\.0\.0\.1: Max payload size exceeded/);
  });

  it('document size: the update that would pass COLLAB_MAX_DOCUMENT_BYTES is refused (4413); the room keeps the rest', async () => {
    const server = await startServer({ COLLAB_MAX_DOCUMENT_BYTES: '150000' });
    const room = 'growing';
    const alice = connect(server.url, room, edit(room));
    await alice.synced;
    let map: DecisionMap = makeSmallMap();
    writeMap(alice, map);
    for (let batch = 0; batch < 20; batch++) {
      const added = Array.from({ length: 50 }, (_, i) =>
        makeApprover({ id: `a-${batch}-${i}`, label: `${batch}-${i} ${'x'.repeat(280)}` }),
      );
      const next = { ...map, nodes: [...map.nodes, ...added] };
      writeMap(alice, next, map);
      map = next;
      const outcome = await Promise.race([alice.closed, sleep(300).then(() => null)]);
      if (outcome) {
        expect(outcome.code).toBe(4413);
        expect(outcome.reason).toMatch(/size limit \(150000 bytes\)/);
        const newcomer = connect(server.url, room, edit(room));
        await newcomer.synced;
        expect(mapIn(newcomer.doc)?.nodes.length).toBe(map.nodes.length - 50);
        expect(Y.encodeStateAsUpdate(newcomer.doc).byteLength).toBeLessThanOrEqual(150_000);
        return;
      }
    }
    throw new Error('the room grew past its limit');
  });

  it('connections per address: the one past COLLAB_MAX_CONNECTIONS_PER_ADDRESS is closed (4429)', async () => {
    const server = await startServer({ COLLAB_MAX_CONNECTIONS_PER_ADDRESS: '3' });
    const open = await Promise.all([0, 1, 2].map(() => rawSocket(server.url)));
    const fourth = await rawSocket(server.url);
    expect(await within(fourth.closed, 5000, 'the fourth is closed')).toEqual({
      code: 4429,
      reason: 'too many connections from this address (at most 3)',
    });
    open[0]!.ws.close();
    await open[0]!.closed;
    const again = await rawSocket(server.url, 'r', edit('r'));
    expect(again.ws.readyState).toBe(again.ws.OPEN);
  });

  it('messages per second: a flood is closed (4429); a person working normally is not', async () => {
    const server = await startServer({ COLLAB_MAX_MESSAGES_PER_SECOND: '10' });
    const room = 'busy';
    const alice = connect(server.url, room, edit(room));
    await alice.synced;
    const flood = await rawSocket(server.url, room, edit(room));
    for (let i = 0; i < 100; i++) flood.send(message(room, 3));
    expect(await within(flood.closed, 5000, 'the flood is closed')).toEqual({
      code: 4429,
      reason: 'sending too fast (at most 10 messages a second)',
    });
    for (let i = 0; i < 15; i++) {
      alice.awareness.setLocalStateField('cursor', { x: i, y: i });
      await sleep(150);
    }
    expect(await Promise.race([alice.closed, sleep(100).then(() => 'open')])).toBe('open');
  });

  it('a peer that stops reading is cut off before more than COLLAB_MAX_UNSENT_BYTES wait for it', async () => {
    const server = await startServer({ COLLAB_MAX_UNSENT_BYTES: String(256 * 1024) });
    const room = 'stalled';
    const alice = connect(server.url, room, edit(room));
    await alice.synced;
    let map = makeSmallMap();
    writeMap(alice, map);
    const stalled = await handshakenSocket(server.port);
    stalled.write(binaryFrame(authMessage(room, edit(room))));
    await sleep(300);
    stalled.pause();
    const evidence = (round: number): Evidence[] =>
      Array.from({ length: 200 }, (_, i) => ({
        text: `${round}-${i} ${'e'.repeat(1900)}`,
        date: '2026-10-01',
        source: 'buyer',
      }));
    for (
      let round = 0;
      round < 40 && server.lines().every((line) => !line.includes('stopped reading'));
      round++
    ) {
      const [first, ...rest] = map.nodes;
      const next = { ...map, nodes: [{ ...first!, evidence: evidence(round) }, ...rest] };
      writeMap(alice, next, map);
      map = next;
      await sleep(50);
    }
    await server.waitForLine(/terminated a connection from 127\.0\.0\.1: it stopped reading/);
    stalled.resume();
    await within(ended(stalled), 5000, 'the stalled socket is closed');
    expect(server.alive()).toBe(true);
    expect(await Promise.race([alice.closed, sleep(100).then(() => 'open')])).toBe('open');
  });
});

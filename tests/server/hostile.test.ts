import net from 'node:net';
import { writeVarUint } from 'lib0/encoding';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tokenFor } from '../../server/tokens';
import { makeSmallMap } from '../builders';
import { closeAll, connect, mapIn, until, within, writeMap, type LiveClient } from './helpers/liveClient';
import { ended, frame, handshakenSocket, message, rawSocket } from './helpers/rawClient';
import { SECRET, startServer, stopAllServers, type ServerProcess } from './helpers/serverProcess';

/*
 * Bytes no client library sends, against the real server: hostile WebSocket frames (each of which
 * ended the old server and every room with it), malformed messages and HTTP, and a flood of refused
 * connections. Each is logged in one line, closes that connection only, and the server goes on
 * serving another room, whose two people keep editing together throughout.
 */

let server: ServerProcess;
let alice: LiveClient;
let bob: LiveClient;
const ROOM = 'room-under-attack';
let edits = 0;

beforeAll(async () => {
  server = await startServer();
  const token = tokenFor(SECRET, ROOM, 'edit', 1);
  alice = connect(server.url, ROOM, token);
  bob = connect(server.url, ROOM, token);
  await within(Promise.all([alice.synced, bob.synced]), 5000, 'both join');
  writeMap(alice, makeSmallMap({ title: 'Before the attack' }));
  await until(() => mapIn(bob.doc)?.title === 'Before the attack', 'Bob sees the map');
});
afterEach(async () => {
  // After every attack: the server is up, and the room next door still works both ways.
  expect(server.alive()).toBe(true);
  const before = mapIn(alice.doc);
  if (!before) throw new Error('Alice has no map');
  const title = `Edit ${++edits} after an attack`;
  writeMap(alice, { ...before, title }, before);
  await until(() => mapIn(bob.doc)?.title === title, 'Bob still sees Alice’s edits');
});
afterAll(async () => {
  closeAll();
  await stopAllServers();
});

/** The lines the server printed while `attack` ran (and until `settled` matches one of them). */
async function linesDuring(attack: () => Promise<void>, settled: RegExp): Promise<string[]> {
  const before = server.lines().length;
  await attack();
  await server.waitForLine(settled);
  return server.lines().slice(before);
}

describe('hostile WebSocket frames', () => {
  const frames: [string, Buffer, RegExp][] = [
    ['a reserved opcode', frame(0x83), /invalid opcode 3/i],
    [
      'a header announcing a payload past the limit',
      Buffer.from([0x82, 0xff, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x11, 0x22, 0x33, 0x44]),
      /payload length|Max payload size/,
    ],
    ['a close frame with status 1', frame(0x88, [0x00, 0x01]), /invalid status code 1/],
    ['the RSV1 bit without compression', frame(0xc2, [0x01]), /RSV1 must be clear/],
  ];

  it.each(frames)('%s: closes that connection, logs one line, and keeps serving', async (_, bytes, logged) => {
    let socket: net.Socket | null = null;
    const lines = await linesDuring(async () => {
      socket = await handshakenSocket(server.port);
      socket.write(bytes);
      await within(ended(socket), 5000, 'the server closes the socket');
    }, logged);
    const about = lines.filter((line) => logged.test(line));
    expect(about).toHaveLength(1);
    expect(about[0]).toMatch(/closed a connection from 127\.0\.0\.1: /);
  });
});

describe('malformed messages and requests', () => {
  it.each([
    ['bytes that are not a message', new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff]), 4400, /could not be read/],
    ['a message type Obvious does not use', message('x', 6), 4400, /message type 6 is not used/],
    ['an unknown sync type', message('x', 0, (e) => writeVarUint(e, 9)), 4400, /could not be read|sync message type 9/],
    ['a text message', 'hello', 1003, /text messages are not used/],
  ] as const)('%s: closes the connection with the reason', async (_, data, code, reason) => {
    const socket = await rawSocket(server.url);
    socket.send(data);
    const closed = await within(socket.closed, 5000, 'closed');
    expect(closed.code).toBe(code);
    expect(closed.reason).toMatch(reason);
  });

  it('answers a malformed HTTP request with 400 and logs it in one line', async () => {
    const socket = net.connect(server.port, '127.0.0.1');
    const answer = new Promise<string>((resolve) => {
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('close', () => resolve(text));
    });
    socket.write('NOT HTTP AT ALL\r\n\r\n');
    expect(await within(answer, 5000, 'an answer')).toMatch(/^HTTP\/1\.1 400/);
    await server.waitForLine(/refused a malformed HTTP request/);
  });

  it('opens no room for connections whose token is refused, however many', async () => {
    const token = tokenFor('not-the-server-secret-0123456789abcdef01234', 'x', 'edit', 1);
    // In waves of 20 (under the 50 connections one address may hold at once).
    for (let wave = 0; wave < 5; wave++) {
      const attempts = Array.from({ length: 20 }, (_, i) => {
        const client = connect(server.url, `flood-${wave}-${i}`, token);
        return within(client.refused, 10_000, `refusal ${wave}-${i}`).finally(() => client.destroy());
      });
      await Promise.all(attempts);
    }
    const status = (await (await fetch(`${server.http}/`)).json()) as { rooms: number };
    expect(status.rooms).toBe(1); // the room under attack, nothing else
  });
});

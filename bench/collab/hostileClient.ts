import * as Y from 'yjs';
import { tokenFor } from '../../server/tokens';
import {
  ended,
  forgePresence,
  frame,
  handshakenSocket,
  message,
  rawSocket,
  updateMessage,
} from '../../tests/server/helpers/rawClient';

/*
 * The hostile client of `npm run bench:collab`: one attack per call, in turn — an invalid change, a
 * presence claiming an honest person, a reserved-opcode frame, a flood, a forged token, an oversize
 * message. Counts what it made and how many the server refused (closed, or answered with a refusal).
 */

export interface Attacks {
  made: number;
  refused: number;
  byKind: Record<string, number>;
}

const KINDS = ['invalid change', 'forged presence', 'hostile frame', 'flood', 'forged token', 'invalid change', 'oversize'] as const;

/** An update that adds an approver with an empty label, building on nothing (so any room takes it, were it valid). */
function invalidChange(): Uint8Array {
  const doc = new Y.Doc();
  const record = new Y.Map<unknown>();
  doc.getArray('nodes').push([record]);
  record.set('id', `vandal-${Math.random().toString(36).slice(2)}`);
  record.set('kind', 'approver');
  record.set('label', '');
  return Y.encodeStateAsUpdate(doc);
}

const closedWithin = (closed: Promise<unknown>, ms: number) =>
  Promise.race([closed.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms))]);

export async function attack(
  url: string,
  port: number,
  secret: string,
  rooms: readonly string[],
  victims: readonly number[],
  attacks: Attacks,
): Promise<void> {
  const kind = KINDS[attacks.made % KINDS.length]!;
  attacks.made += 1;
  attacks.byKind[kind] = (attacks.byKind[kind] ?? 0) + 1;
  const which = Math.floor(Math.random() * rooms.length);
  const room = rooms[which]!;
  const token = tokenFor(secret, room, 'edit', 1);
  try {
    if (kind === 'invalid change') {
      const socket = await rawSocket(url, room, token);
      socket.send(updateMessage(room, invalidChange()));
      if (await closedWithin(socket.closed, 3000)) attacks.refused += 1;
      socket.ws.terminate();
    } else if (kind === 'forged presence') {
      const socket = await forgePresence(url, room, token, victims[which]!, { name: 'Facilitator', mode: 'edit', viewport: { x: 1e7, y: 1e7, zoom: 50, width: 1, height: 1 } });
      await new Promise((resolve) => setTimeout(resolve, 200));
      attacks.refused += 1; // dropped: checked by the honest people's presence staying theirs
      socket.ws.terminate();
    } else if (kind === 'hostile frame') {
      const socket = await handshakenSocket(port);
      socket.write(frame(0x83));
      if (await closedWithin(ended(socket), 3000)) attacks.refused += 1;
      socket.destroy();
    } else if (kind === 'flood') {
      const socket = await rawSocket(url, room, token);
      for (let i = 0; i < 400; i++) socket.send(message(room, 3));
      if (await closedWithin(socket.closed, 3000)) attacks.refused += 1;
      socket.ws.terminate();
    } else if (kind === 'forged token') {
      const socket = await rawSocket(url, room, tokenFor('not-the-secret-0123456789abcdef0123456789', room, 'edit', 1));
      attacks.refused += 1; // answered with a refusal (rawSocket waits for the answer)
      socket.ws.terminate();
    } else {
      const socket = await rawSocket(url);
      socket.send(new Uint8Array(5 * 1024 * 1024));
      if (await closedWithin(socket.closed, 3000)) attacks.refused += 1;
      socket.ws.terminate();
    }
  } catch {
    // A refusal that ended the attack early (the socket closed before it finished).
    attacks.refused += 1;
  }
}

// Run as its own process (so its work does not slow the honest people measured in the bench):
//   tsx bench/collab/hostileClient.ts '{"url":…,"port":…,"secret":…,"rooms":[…],"victims":[…]}'
// Attacks every 100 ms until SIGTERM, then prints its counts as JSON.
if (process.argv[1]?.endsWith('hostileClient.ts') && process.argv[2]) {
  const setup = JSON.parse(process.argv[2]) as { url: string; port: number; secret: string; rooms: string[]; victims: number[] };
  const attacks: Attacks = { made: 0, refused: 0, byKind: {} };
  const timer = setInterval(() => void attack(setup.url, setup.port, setup.secret, setup.rooms, setup.victims, attacks), 100);
  process.on('SIGTERM', () => {
    clearInterval(timer);
    setTimeout(() => {
      process.stdout.write(`${JSON.stringify(attacks)}\n`);
      process.exit(0);
    }, 3500);
  });
}

// `npm run collab:restore -- ROOM --at TIME`: puts a room back as its newest snapshot taken at or
// before TIME (an ISO date and time, e.g. 2026-11-02T10:00Z; a date alone means its start, UTC).
// `npm run collab:restore -- ROOM --list` lists the room's snapshots.
//
// Run it in the server's environment. With the server running, it asks the server (POST /restore,
// with the secret), so everyone in the room sees the map change at once; with no server running, it
// restores the room in the database itself. The state before is kept as a snapshot either way.
import { parseArgs } from 'node:util';
import { httpAddress } from '../../src/collab/doc/linksApi';
import { ROOM_NAME } from '../../src/collab/doc/roomLink';
import { configOrExit, type Config } from '../config';
import { restoreStored } from '../restore';
import { openRoomStore } from '../store/openRoomStore';

const USAGE = 'usage: npm run collab:restore -- ROOM --at TIME   (or: ROOM --list)';

function fail(message: string, code = 2): never {
  console.error(code === 2 ? `${message}\n${USAGE}` : message);
  process.exit(code);
}

let parsed: ReturnType<typeof parseArgs<{ options: { at: { type: 'string' }; list: { type: 'boolean' } }; allowPositionals: true }>>;
try {
  parsed = parseArgs({ options: { at: { type: 'string' }, list: { type: 'boolean' } }, allowPositionals: true });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const [room, ...extra] = parsed.positionals;
if (room === undefined || extra.length > 0 || !ROOM_NAME.test(room)) fail('Name one room (letters, digits, - and _).');
if (parsed.values.list === (parsed.values.at !== undefined)) fail('Give either --at TIME or --list.');
const config = configOrExit();

async function list(config: Config, room: string): Promise<void> {
  const store = await openRoomStore(config);
  try {
    const snapshots = await store.listSnapshots(room);
    if (snapshots.length === 0) console.log(`Room ${room} has no snapshots yet.`);
    for (const snapshot of snapshots)
      console.log(`${snapshot.takenAt.toISOString()}  ${snapshot.reason.padEnd(14)}  ${snapshot.bytes} bytes`);
  } finally {
    await store.close();
  }
}

/** Asks the running server; null when none answers at its address. */
async function askServer(config: Config, room: string, at: Date): Promise<Response | null> {
  try {
    return await fetch(`${httpAddress(config.publicUrl)}/restore`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${config.secret}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ room, at: at.toISOString() }),
    });
  } catch {
    return null;
  }
}

async function restore(config: Config, room: string, at: Date): Promise<void> {
  const answer = await askServer(config, room, at);
  if (answer) {
    const body = (await answer.json().catch(() => ({}))) as { restoredFrom?: string; error?: string };
    if (!answer.ok) fail(body.error ?? `The server answered ${answer.status}.`, 1);
    console.log(`Restored room ${room} to its snapshot of ${body.restoredFrom}: everyone in the room sees it now.`);
    return;
  }
  const store = await openRoomStore(config);
  try {
    const result = await restoreStored(store, room, at);
    if (!result.ok) fail(result.message, 1);
    console.log(
      `No server answered at ${config.publicUrl}: restored room ${room} in the database to its snapshot of ${result.snapshot.takenAt.toISOString()}.`,
    );
  } finally {
    await store.close();
  }
}

if (parsed.values.list) await list(config, room);
else {
  const at = new Date(parsed.values.at ?? '');
  if (Number.isNaN(at.getTime())) fail(`--at must be a date and time such as 2026-11-02T10:00Z, got ${JSON.stringify(parsed.values.at)}.`);
  await restore(config, room, at);
}

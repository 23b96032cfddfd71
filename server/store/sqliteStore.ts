import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { RoomStore, Snapshot, SnapshotInfo, StoreOptions } from './roomStore';

/*
 * Rooms in one SQLite file (better-sqlite3): zero setup, for a team on one server. WAL journal with
 * full sync, so a save that returned is on disk even if the process is killed right after.
 */

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS rooms (
    name TEXT PRIMARY KEY,
    state BLOB NOT NULL,
    saved_at INTEGER NOT NULL
  );
  CREATE TABLE IF NOT EXISTS snapshots (
    room TEXT NOT NULL,
    taken_at INTEGER NOT NULL,
    reason TEXT NOT NULL,
    state BLOB NOT NULL,
    PRIMARY KEY (room, taken_at)
  );
`;

interface SnapshotRow {
  room: string;
  taken_at: number;
  reason: string;
  bytes: number;
  state?: Buffer;
}

const info = (row: SnapshotRow): SnapshotInfo => ({
  room: row.room,
  takenAt: new Date(row.taken_at),
  reason: row.reason,
  bytes: row.bytes,
});

export function openSqliteStore(file: string, options: StoreOptions): RoomStore {
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);

  const loadRoom = db.prepare<[string], { state: Buffer }>('SELECT state FROM rooms WHERE name = ?');
  const saveRoom = db.prepare(
    'INSERT INTO rooms (name, state, saved_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET state = excluded.state, saved_at = excluded.saved_at',
  );
  const lastSnapshot = db.prepare<[string], { taken_at: number }>(
    'SELECT taken_at FROM snapshots WHERE room = ? ORDER BY taken_at DESC LIMIT 1',
  );
  const addSnapshot = db.prepare('INSERT OR REPLACE INTO snapshots (room, taken_at, reason, state) VALUES (?, ?, ?, ?)');
  const pruneSnapshots = db.prepare('DELETE FROM snapshots WHERE room = ? AND taken_at < ?');
  const listRows = db.prepare<[string], SnapshotRow>(
    'SELECT room, taken_at, reason, length(state) AS bytes FROM snapshots WHERE room = ? ORDER BY taken_at DESC',
  );
  const beforeRows = db.prepare<[string, number, number], SnapshotRow>(
    'SELECT room, taken_at, reason, length(state) AS bytes, state FROM snapshots WHERE room = ? AND taken_at <= ? ORDER BY taken_at DESC LIMIT ?',
  );

  const keepSnapshot = (room: string, state: Uint8Array, reason: string, at: number) => {
    addSnapshot.run(room, at, reason, Buffer.from(state));
    pruneSnapshots.run(room, at - options.keepMs);
  };

  const save = db.transaction((room: string, state: Uint8Array, at: number): boolean => {
    saveRoom.run(room, Buffer.from(state), at);
    const last = lastSnapshot.get(room);
    const due = last === undefined || at - last.taken_at >= options.snapshotEveryMs;
    if (due) keepSnapshot(room, state, 'daily', at);
    return due;
  });

  return {
    description: `SQLite ${file}`,
    load: async (room) => {
      const row = loadRoom.get(room);
      return row ? new Uint8Array(row.state) : null;
    },
    save: async (room, state, now = new Date()) => ({ snapshot: save(room, state, now.getTime()) }),
    snapshot: async (room, state, reason, now = new Date()) => keepSnapshot(room, state, reason, now.getTime()),
    listSnapshots: async (room) => listRows.all(room).map(info),
    snapshotsBefore: async (room, at, limit): Promise<Snapshot[]> =>
      beforeRows.all(room, at.getTime(), limit).map((row) => ({ ...info(row), state: new Uint8Array(row.state ?? []) })),
    close: async () => {
      db.close();
    },
  };
}

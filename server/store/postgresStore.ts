import pg from 'pg';
import type { RoomStore, Snapshot, SnapshotInfo, StoreOptions } from './roomStore';

/*
 * Rooms in PostgreSQL (DATABASE_URL): for several server instances sharing rooms (with Redis). The
 * tables are made on start, under an advisory lock so that instances starting together do not race.
 */

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS obvious_rooms (
    name TEXT PRIMARY KEY,
    state BYTEA NOT NULL,
    saved_at BIGINT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS obvious_snapshots (
    room TEXT NOT NULL,
    taken_at BIGINT NOT NULL,
    reason TEXT NOT NULL,
    state BYTEA NOT NULL,
    PRIMARY KEY (room, taken_at)
  );
`;
/** Any fixed number: the advisory lock that serialises schema creation. */
const SCHEMA_LOCK = 7_301_442;

interface SnapshotRow {
  room: string;
  taken_at: string;
  reason: string;
  bytes: number;
  state?: Buffer;
}

const info = (row: SnapshotRow): SnapshotInfo => ({
  room: row.room,
  takenAt: new Date(Number(row.taken_at)),
  reason: row.reason,
  bytes: Number(row.bytes),
});

export async function openPostgresStore(url: string, options: StoreOptions): Promise<RoomStore> {
  const pool = new pg.Pool({ connectionString: url, max: 5 });
  // An idle client's error (the database restarting) must not end the process: the pool replaces it.
  pool.on('error', (error) => console.error(`PostgreSQL: ${error.message}`));
  const setup = await pool.connect();
  try {
    await setup.query('SELECT pg_advisory_lock($1)', [SCHEMA_LOCK]);
    await setup.query(SCHEMA);
    await setup.query('SELECT pg_advisory_unlock($1)', [SCHEMA_LOCK]);
  } finally {
    setup.release();
  }

  const keepSnapshot = async (client: pg.PoolClient | pg.Pool, room: string, state: Uint8Array, reason: string, at: number) => {
    await client.query(
      'INSERT INTO obvious_snapshots (room, taken_at, reason, state) VALUES ($1, $2, $3, $4) ON CONFLICT (room, taken_at) DO UPDATE SET reason = excluded.reason, state = excluded.state',
      [room, at, reason, Buffer.from(state)],
    );
    await client.query('DELETE FROM obvious_snapshots WHERE room = $1 AND taken_at < $2', [room, at - options.keepMs]);
  };

  return {
    description: 'PostgreSQL',
    load: async (room) => {
      const result = await pool.query<{ state: Buffer }>('SELECT state FROM obvious_rooms WHERE name = $1', [room]);
      const row = result.rows[0];
      return row ? new Uint8Array(row.state) : null;
    },
    save: async (room, state, now = new Date()) => {
      const at = now.getTime();
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query(
          'INSERT INTO obvious_rooms (name, state, saved_at) VALUES ($1, $2, $3) ON CONFLICT (name) DO UPDATE SET state = excluded.state, saved_at = excluded.saved_at',
          [room, Buffer.from(state), at],
        );
        const last = await client.query<{ taken_at: string }>(
          'SELECT taken_at FROM obvious_snapshots WHERE room = $1 ORDER BY taken_at DESC LIMIT 1',
          [room],
        );
        const lastAt = last.rows[0] ? Number(last.rows[0].taken_at) : null;
        const due = lastAt === null || at - lastAt >= options.snapshotEveryMs;
        if (due) await keepSnapshot(client, room, state, 'daily', at);
        await client.query('COMMIT');
        return { snapshot: due };
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    snapshot: (room, state, reason, now = new Date()) => keepSnapshot(pool, room, state, reason, now.getTime()),
    listSnapshots: async (room) => {
      const result = await pool.query<SnapshotRow>(
        'SELECT room, taken_at, reason, octet_length(state) AS bytes FROM obvious_snapshots WHERE room = $1 ORDER BY taken_at DESC',
        [room],
      );
      return result.rows.map(info);
    },
    snapshotsBefore: async (room, at, limit): Promise<Snapshot[]> => {
      const result = await pool.query<SnapshotRow>(
        'SELECT room, taken_at, reason, octet_length(state) AS bytes, state FROM obvious_snapshots WHERE room = $1 AND taken_at <= $2 ORDER BY taken_at DESC LIMIT $3',
        [room, at.getTime(), limit],
      );
      return result.rows.map((row) => ({ ...info(row), state: new Uint8Array(row.state ?? []) }));
    },
    close: () => pool.end(),
  };
}

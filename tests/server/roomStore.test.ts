import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../server/store/postgresStore';
import type { RoomStore, StoreOptions } from '../../server/store/roomStore';
import { openSqliteStore } from '../../server/store/sqliteStore';
import { freshDatabase, servicesAvailable, startPostgres, type Service } from '../services';
import { dataFolder, stopAllServers } from './helpers/serverProcess';

/* The two stores behave alike: SQLite (the default) and PostgreSQL (a real server on loopback). */

const HOUR = 3_600_000;
const options: StoreOptions = { snapshotEveryMs: 24 * HOUR, keepMs: 10 * 24 * HOUR };
const at = (hours: number) => new Date(Date.UTC(2026, 10, 2) + hours * HOUR);
const bytes = (...values: number[]) => new Uint8Array(values);

let postgres: Service | null = null;
const withServices = servicesAvailable();
beforeAll(async () => {
  if (withServices) postgres = await startPostgres();
}, 60_000);
afterAll(async () => {
  await postgres?.stop();
  await stopAllServers();
});

const stores: [string, () => Promise<RoomStore>][] = [
  ['SQLite', async () => openSqliteStore(`${dataFolder()}/rooms.sqlite`, options)],
  ...(withServices
    ? ([['PostgreSQL', async () => openPostgresStore(await freshDatabase(postgres!.url, `store_${Date.now()}`), options)]] as [string, () => Promise<RoomStore>][])
    : []),
];

describe.each(stores)('the room store in %s', (_, open) => {
  it('keeps a room’s state, replaced on every save', async () => {
    const store = await open();
    expect(await store.load('q3')).toBeNull();
    await store.save('q3', bytes(1, 2, 3), at(0));
    await store.save('q3', bytes(4, 5), at(1));
    expect(await store.load('q3')).toEqual(bytes(4, 5));
    expect(await store.load('other')).toBeNull();
    await store.close();
  });

  it('keeps a snapshot on the first save and then once a day, and on demand; removes old ones', async () => {
    const store = await open();
    expect(await store.save('q3', bytes(1), at(0))).toEqual({ snapshot: true });
    expect(await store.save('q3', bytes(2), at(5))).toEqual({ snapshot: false });
    expect(await store.save('q3', bytes(3), at(24))).toEqual({ snapshot: true });
    await store.snapshot('q3', bytes(9), 'on-demand', at(30));
    expect((await store.listSnapshots('q3')).map((s) => [s.takenAt.toISOString(), s.reason, s.bytes])).toEqual([
      [at(30).toISOString(), 'on-demand', 1],
      [at(24).toISOString(), 'daily', 1],
      [at(0).toISOString(), 'daily', 1],
    ]);
    const before = await store.snapshotsBefore('q3', at(25), 10);
    expect(before.map((s) => s.state)).toEqual([bytes(3), bytes(1)]);
    // Those more than ten days older than a new one go.
    await store.save('q3', bytes(4), at(24 * 12));
    expect((await store.listSnapshots('q3')).map((s) => s.takenAt.toISOString())).toEqual([at(24 * 12).toISOString()]);
    await store.close();
  });
});

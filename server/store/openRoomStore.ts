import type { Config } from '../config';
import { openPostgresStore } from './postgresStore';
import { DAY_MS, type RoomStore } from './roomStore';
import { openSqliteStore } from './sqliteStore';

/** The store the configuration names: PostgreSQL when DATABASE_URL is set, else the SQLite file. */
export async function openRoomStore(config: Config): Promise<RoomStore> {
  const options = { snapshotEveryMs: config.snapshotHours * 3_600_000, keepMs: config.snapshotKeepDays * DAY_MS };
  return config.database.kind === 'postgres'
    ? openPostgresStore(config.database.url, options)
    : openSqliteStore(config.database.file, options);
}

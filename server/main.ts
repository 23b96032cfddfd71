// `npm run serve:collab`: the live sync server. Settings come from the environment (config.ts,
// docs/collab.md); with none, rooms are kept in ./collab-data/rooms.sqlite on 127.0.0.1:1234.
import { configOrExit } from './config';
import { consoleLog, messageOf } from './log';
import { startSyncServer } from './syncServer';

const config = configOrExit();

// A library's promise that fails on a client's bad input must not end every room with it.
process.on('unhandledRejection', (reason) => consoleLog.error(`unhandled: ${messageOf(reason)}`));

const server = await startSyncServer(config).catch((error: unknown) => {
  consoleLog.error(`the sync server could not start: ${messageOf(error)}`);
  process.exit(1);
});

const rooms = config.database.kind === 'sqlite' ? `rooms in SQLite ${config.database.file}` : 'rooms in PostgreSQL';
const instances = config.redisUrl ? ', sharing rooms with other instances through Redis' : '';
const key = config.secretSource === 'COLLAB_SECRET' ? 'COLLAB_SECRET' : config.secretSource;
consoleLog.info(`Obvious live sync server listening on ws://${config.host}:${server.port} (${rooms}${instances}; links signed with ${key})`);

let stopping = false;
function stop(signal: string): void {
  if (stopping) return;
  stopping = true;
  consoleLog.info(`${signal}: saving every open room, then stopping…`);
  server.close().then(
    () => {
      consoleLog.info('stopped; every room is saved');
      process.exit(0);
    },
    (error: unknown) => {
      consoleLog.error(`stopping: ${messageOf(error)}`);
      process.exit(1);
    },
  );
}
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));

// `npm run collab:link -- --room NAME --scope edit|view [--days N]`: prints one line, the app's link to
// the room (its query holds `room`, `sync` and `token`). Run it in the server's environment: it signs
// with the same secret (COLLAB_SECRET, or the one kept in COLLAB_DATA) and names COLLAB_PUBLIC_URL as
// the sync server and COLLAB_APP_URL as the app. No server needs to be running.
import { parseArgs } from 'node:util';
import { roomUrl, ROOM_NAME } from '../../src/collab/doc/roomLink';
import { configOrExit } from '../config';
import { tokenFor } from '../tokens';

const USAGE = 'usage: npm run collab:link -- --room NAME --scope edit|view [--days N]';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

let values: { room?: string; scope?: string; days?: string };
try {
  ({ values } = parseArgs({ options: { room: { type: 'string' }, scope: { type: 'string' }, days: { type: 'string' } } }));
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const config = configOrExit();
const room = values.room ?? '';
if (!ROOM_NAME.test(room)) fail('--room must be 1 to 100 letters, digits, - and _.');
const scope = values.scope;
if (scope !== 'edit' && scope !== 'view') fail('--scope must be edit or view.');
const days = values.days === undefined ? config.linkDays : Number(values.days);
if (!Number.isFinite(days) || days <= 0 || days > 3650) fail('--days must be a number of days, up to 3650.');

const token = tokenFor(config.secret, room, scope, days);
console.log(roomUrl(config.appUrl, { room, sync: config.publicUrl, token }));

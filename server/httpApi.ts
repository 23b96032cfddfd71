import type http from 'node:http';
import { createRoomName, ROOM_NAME } from '../src/collab/doc/roomLink';
import type { Config } from './config';
import { messageOf, type Log } from './log';
import { isSecret, TOKEN_REFUSALS, tokenFor, verifyToken, type LinkClaims } from './tokens';

/*
 * The sync server's HTTP endpoints (the app calls them from another origin: CORS allows any, and
 * nothing here uses cookies, only the `Authorization: Bearer KEY` header).
 *
 *   GET  /            { server, rooms, connections, heapUsedMb, rssMb }: now (for health checks)
 *   POST /links       { room? }       → { room, edit, view, expiresAt, empty }
 *        with the server's secret: a room's links (a new room when none is named);
 *        with an edit token: its room's links, expiring when that token does.
 *        A view token makes nothing: a view link is never a key to edit.
 *   POST /snapshots   { room }        → { takenAt }   a snapshot now (secret or the room's edit token)
 *   POST /restore     { room, at }    → { restoredFrom }   back to a snapshot (secret only)
 */

export interface RoomAccess {
  /** Rooms open in memory and WebSocket connections, now. */
  status(): { rooms: number; connections: number; heapUsedMb: number; rssMb: number };
  /** Whether the room holds no map yet (what Share live puts a map into). */
  isEmpty(room: string): Promise<boolean>;
  snapshotNow(room: string): Promise<Date>;
  restore(room: string, at: Date): Promise<{ ok: true; takenAt: Date } | { ok: false; message: string }>;
}

const MAX_BODY_BYTES = 16 * 1024;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function send(response: http.ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(body));
}

async function readBody(request: http.IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, `The request body is limited to ${MAX_BODY_BYTES} bytes.`);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (text === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'The request body is not JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new HttpError(400, 'The request body must be a JSON object.');
  return value as Record<string, unknown>;
}

function roomIn(body: Record<string, unknown>): string | undefined {
  const room = body.room;
  if (room === undefined) return undefined;
  if (typeof room !== 'string' || !ROOM_NAME.test(room))
    throw new HttpError(400, 'A room name is 1 to 100 letters, digits, - and _.');
  return room;
}

/** Who is asking: the holder of the secret, or of an edit token (its claims). */
function authorise(config: Config, request: http.IncomingMessage, room: string | undefined): 'secret' | LinkClaims {
  const header = request.headers.authorization ?? '';
  const key = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
  if (key === '') throw new HttpError(401, 'Send the server’s key or an edit link’s token: Authorization: Bearer KEY.');
  if (isSecret(config.secret, key)) return 'secret';
  const check = verifyToken(config.secret, key, room);
  if (!check.ok)
    throw new HttpError(
      403,
      check.reason === 'malformed' || check.reason === 'bad-signature'
        ? 'This is neither the server’s key nor an edit link of this server.'
        : TOKEN_REFUSALS[check.reason],
    );
  if (check.claims.scope !== 'edit') throw new HttpError(403, 'A view-only link cannot make links or snapshots.');
  return check.claims;
}

export function httpApi(config: Config, rooms: RoomAccess, log: Log): http.RequestListener {
  async function links(request: http.IncomingMessage) {
    const body = await readBody(request);
    const asked = roomIn(body);
    const who = authorise(config, request, asked);
    const room = who === 'secret' ? (asked ?? createRoomName()) : who.room;
    const days =
      who === 'secret' ? config.linkDays : Math.max(0, (who.exp * 1000 - Date.now()) / 86_400_000);
    const expiresAt = new Date(Date.now() + days * 86_400_000);
    return {
      room,
      edit: tokenFor(config.secret, room, 'edit', days),
      view: tokenFor(config.secret, room, 'view', days),
      expiresAt: expiresAt.toISOString(),
      empty: await rooms.isEmpty(room),
    };
  }

  async function snapshots(request: http.IncomingMessage) {
    const body = await readBody(request);
    const room = roomIn(body);
    if (room === undefined) throw new HttpError(400, 'Name the room: { "room": "…" }.');
    authorise(config, request, room);
    return { room, takenAt: (await rooms.snapshotNow(room)).toISOString() };
  }

  async function restore(request: http.IncomingMessage) {
    const body = await readBody(request);
    const room = roomIn(body);
    if (room === undefined) throw new HttpError(400, 'Name the room: { "room": "…", "at": "2026-11-02T10:00:00Z" }.');
    if (authorise(config, request, room) !== 'secret') throw new HttpError(403, 'Restoring a room needs the server’s key.');
    const at = typeof body.at === 'string' ? new Date(body.at) : new Date(Number.NaN);
    if (Number.isNaN(at.getTime())) throw new HttpError(400, 'Say when to go back to: { "at": "2026-11-02T10:00:00Z" }.');
    const result = await rooms.restore(room, at);
    if (!result.ok) throw new HttpError(404, result.message);
    return { room, restoredFrom: result.takenAt.toISOString() };
  }

  const routes: Record<string, (request: http.IncomingMessage) => Promise<unknown>> = {
    '/links': links,
    '/snapshots': snapshots,
    '/restore': restore,
  };

  return (request, response) => {
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type');
    response.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    response.setHeader('Access-Control-Max-Age', '600');
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    if (request.method === 'OPTIONS') {
      response.writeHead(204).end();
      return;
    }
    if (request.method === 'GET' && path === '/') {
      send(response, 200, { server: 'Obvious live sync server', ...rooms.status() });
      return;
    }
    const route = routes[path];
    if (!route || request.method !== 'POST') {
      send(response, 404, { error: 'Not found: POST /links, /snapshots or /restore.' });
      return;
    }
    route(request).then(
      (result) => send(response, 200, result),
      (error: unknown) => {
        if (error instanceof HttpError) send(response, error.status, { error: error.message });
        else {
          log.error(`${path}: ${messageOf(error)}`);
          send(response, 500, { error: 'The server could not do that; its log says why.' });
        }
      },
    );
  };
}

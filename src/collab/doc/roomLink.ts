/*
 * Live-session links: `?room=NAME&sync=ws://HOST:PORT&token=KEY`. The token is signed by the sync server
 * (server/tokens.ts): it names the room, whether the link edits or only views, and when it expires. The
 * server checks it on every connection; the app only reads which of the two it is, to show the
 * view-only mode. Pure functions of strings, so this file costs nothing to load (the Share live button
 * uses it, and so does the server, for room names).
 */

/** `edit`: local changes are shared. `view` (a view-only link): nothing local is ever written. */
export type LiveMode = 'edit' | 'view';

export interface RoomLink {
  room: string;
  /** The sync server's WebSocket address. */
  sync: string;
  /** The link's key, as the server signed it. */
  token: string;
  /** What the token says (the server enforces it: a view token's changes never reach anyone). */
  mode: LiveMode;
}

export type RoomLinkResult = { ok: true; link: RoomLink } | { ok: false; message: string };

/** Letters, digits, `-` and `_`: a room name (the sync server accepts no other). */
export const ROOM_NAME = /^[A-Za-z0-9_-]{1,100}$/;
const ROOM_BYTES = 16;
const TOKEN = /^[A-Za-z0-9_-]{1,800}\.[A-Za-z0-9_-]{1,200}$/;

/** The scope a token names (not checked here: only the server can), or null when it is not a token. */
export function tokenScope(token: string): LiveMode | null {
  if (!TOKEN.test(token)) return null;
  try {
    const payload = (token.split('.')[0] ?? '').replace(/-/g, '+').replace(/_/g, '/');
    const claims: unknown = JSON.parse(atob(payload));
    if (typeof claims !== 'object' || claims === null || !('scope' in claims)) return null;
    return claims.scope === 'edit' || claims.scope === 'view' ? claims.scope : null;
  } catch {
    return null;
  }
}

/** Why a sync server address cannot be used, or null. */
export function syncServerProblem(sync: string): string | null {
  let url: URL;
  try {
    url = new URL(sync);
  } catch {
    return `“${sync}” is not an address: it should look like ws://host:1234 or wss://host/path.`;
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:')
    return `The sync server address must start with ws:// or wss://, not ${url.protocol}//.`;
  if (url.username || url.password) return 'The sync server address must not carry a user name or password.';
  if (url.search || url.hash) return 'The sync server address must not carry ? or # parts.';
  return null;
}

/** The live session a page address asks for: null when it has no `room`, or why the link cannot be used. */
export function readRoomLink(search: string, defaultSync: string): RoomLinkResult | null {
  const params = new URLSearchParams(search);
  const room = params.get('room');
  if (room === null) return null;
  if (!ROOM_NAME.test(room))
    return {
      ok: false,
      message: 'This live-session link has a room name that is not valid (letters, digits, - and _ only).',
    };
  const sync = (params.get('sync') ?? defaultSync).replace(/\/+$/, '');
  const problem = syncServerProblem(sync);
  if (problem) return { ok: false, message: `This live-session link cannot be used. ${problem}` };
  const token = params.get('token') ?? '';
  const mode = tokenScope(token);
  if (mode === null)
    return {
      ok: false,
      message:
        token === ''
          ? 'This live-session link carries no key (token): ask whoever shared it for a new link.'
          : 'This live-session link’s key (token) is damaged: copy the whole link again.',
    };
  return { ok: true, link: { room, sync, token, mode } };
}

/** This page's address for a live session (other query parameters kept, any `#` dropped). */
export function roomUrl(href: string, link: Omit<RoomLink, 'mode'>): string {
  const url = new URL(href);
  url.hash = '';
  url.searchParams.delete('mode');
  url.searchParams.set('room', link.room);
  url.searchParams.set('sync', link.sync);
  url.searchParams.set('token', link.token);
  return url.toString();
}

/** This page's address outside any live session. */
export function pageWithoutRoom(href: string): string {
  const url = new URL(href);
  for (const key of ['room', 'sync', 'token', 'mode']) url.searchParams.delete(key);
  return url.toString();
}

/** 128 random bits as 22 URL-safe characters: a room nobody can guess. */
export function createRoomName(
  randomBytes: (count: number) => Uint8Array = (count) => crypto.getRandomValues(new Uint8Array(count)),
): string {
  const bytes = randomBytes(ROOM_BYTES);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * Where the sync server is when the link does not say: the one the app was built with
 * (VITE_COLLAB_SYNC), else port 1234 on the host that serves the page.
 */
export function defaultSyncServer(page: { protocol: string; hostname: string }, configured?: string): string {
  if (configured) return configured.replace(/\/+$/, '');
  const scheme = page.protocol === 'https:' ? 'wss' : 'ws';
  const host =
    page.hostname === '' ? '127.0.0.1' : page.hostname.includes(':') ? `[${page.hostname}]` : page.hostname;
  return `${scheme}://${host}:1234`;
}

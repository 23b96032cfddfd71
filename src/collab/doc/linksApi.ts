import { ROOM_NAME, tokenScope } from './roomLink';

/*
 * Asking the sync server for a room's links (its `POST /links`, server/httpApi.ts). The server signs
 * them: an edit link and a view-only link whose key only views, so a view link is never an edit key.
 * Asked with the server's key (Share live, for a new room) or with an edit link's token.
 */

export interface RoomLinks {
  room: string;
  edit: string;
  view: string;
  expiresAt: string;
  /** The room holds no map yet. */
  empty: boolean;
}

export type LinksResult = { ok: true; links: RoomLinks } | { ok: false; message: string };

/** The sync server's HTTP address from its WebSocket one (ws → http, wss → https, same path). */
export function httpAddress(sync: string): string {
  const url = new URL(sync);
  url.protocol = url.protocol === 'wss:' ? 'https:' : 'http:';
  return url.toString().replace(/\/+$/, '');
}

/** A key typed into Share live: the server's secret as given, or the token of a pasted edit link. */
export function keyOf(typed: string): string {
  const trimmed = typed.trim();
  try {
    const token = new URL(trimmed).searchParams.get('token');
    if (token) return token;
  } catch {
    // Not a link: the key itself.
  }
  return trimmed;
}

const isLinks = (value: unknown): value is RoomLinks => {
  if (typeof value !== 'object' || value === null) return false;
  const { room, edit, view, expiresAt, empty } = value as Record<string, unknown>;
  return (
    typeof room === 'string' &&
    ROOM_NAME.test(room) &&
    typeof edit === 'string' &&
    tokenScope(edit) === 'edit' &&
    typeof view === 'string' &&
    tokenScope(view) === 'view' &&
    typeof expiresAt === 'string' &&
    typeof empty === 'boolean'
  );
};

export async function requestLinks(sync: string, key: string, fetcher: typeof fetch = fetch): Promise<LinksResult> {
  let response: Response;
  try {
    response = await fetcher(`${httpAddress(sync)}/links`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
      body: '{}',
    });
  } catch {
    return { ok: false, message: `The sync server at ${sync} cannot be reached.` };
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Said below.
  }
  if (!response.ok) {
    const said = typeof body === 'object' && body !== null && 'error' in body && typeof body.error === 'string';
    return { ok: false, message: said ? String((body as { error: string }).error) : `The sync server answered ${response.status}.` };
  }
  return isLinks(body) ? { ok: true, links: body } : { ok: false, message: 'The sync server’s answer is not a pair of links.' };
}

import { createHmac, timingSafeEqual } from 'node:crypto';
import { ROOM_NAME } from '../src/collab/doc/roomLink';

/*
 * Link tokens: `PAYLOAD.SIGNATURE`, both base64url. The payload is JSON naming the room, the scope
 * (`edit` or `view`) and the expiry (seconds since 1970); the signature is HMAC-SHA256 of the payload
 * with the server's secret. The app reads the payload only to know whether it is view-only; the
 * server checks the signature, the expiry and the room on every connection.
 */

export type Scope = 'edit' | 'view';

export interface LinkClaims {
  room: string;
  scope: Scope;
  /** Expiry, in seconds since 1970. */
  exp: number;
}

export type TokenCheck =
  | { ok: true; claims: LinkClaims }
  | { ok: false; reason: 'missing' | 'malformed' | 'bad-signature' | 'expired' | 'other-room' };

/** What each refusal means, in the words the app shows. */
export const TOKEN_REFUSALS: Record<Exclude<TokenCheck, { ok: true }>['reason'], string> = {
  missing: 'This link carries no key: ask for a new link.',
  malformed: 'This link’s key is damaged: copy the whole link again.',
  'bad-signature': 'This link is not valid on this server (its key was changed, or the link was altered).',
  expired: 'This link has expired: ask for a new link.',
  'other-room': 'This link is for another room.',
};

const MAX_TOKEN_LENGTH = 1024;

const sign = (secret: string, payload: string): string =>
  createHmac('sha256', secret).update(payload).digest('base64url');

export function signToken(secret: string, claims: LinkClaims): string {
  const payload = Buffer.from(JSON.stringify({ room: claims.room, scope: claims.scope, exp: claims.exp })).toString(
    'base64url',
  );
  return `${payload}.${sign(secret, payload)}`;
}

/** A token valid for `days` from `now` (milliseconds). */
export function tokenFor(secret: string, room: string, scope: Scope, days: number, now = Date.now()): string {
  return signToken(secret, { room, scope, exp: Math.floor(now / 1000) + Math.round(days * 86_400) });
}

function readClaims(payload: string): LinkClaims | null {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { room, scope, exp } = value as Record<string, unknown>;
  if (typeof room !== 'string' || !ROOM_NAME.test(room)) return null;
  if (scope !== 'edit' && scope !== 'view') return null;
  if (typeof exp !== 'number' || !Number.isSafeInteger(exp)) return null;
  return { room, scope, exp };
}

/** Checks a token's signature and expiry (and its room, when `room` is given). */
export function verifyToken(secret: string, token: unknown, room?: string, now = Date.now()): TokenCheck {
  if (typeof token !== 'string' || token === '') return { ok: false, reason: 'missing' };
  if (token.length > MAX_TOKEN_LENGTH) return { ok: false, reason: 'malformed' };
  const [payload, signature, extra] = token.split('.');
  if (payload === undefined || signature === undefined || extra !== undefined) return { ok: false, reason: 'malformed' };
  const expected = Buffer.from(sign(secret, payload));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'bad-signature' };
  const claims = readClaims(payload);
  if (claims === null) return { ok: false, reason: 'malformed' };
  if (claims.exp * 1000 <= now) return { ok: false, reason: 'expired' };
  if (room !== undefined && claims.room !== room) return { ok: false, reason: 'other-room' };
  return { ok: true, claims };
}

/** Whether a string is the server's secret itself (constant time). */
export function isSecret(secret: string, given: string): boolean {
  const a = createHmac('sha256', 'compare').update(secret).digest();
  const b = createHmac('sha256', 'compare').update(given).digest();
  return timingSafeEqual(a, b);
}

/*
 * What the sync server says to a connection whose change it dropped because someone else holds the
 * room's lock (server/lockGuard.ts): a stateless message, JSON `{ type: LOCKED_MESSAGE, by }`. The app
 * shows it as a notice; the server and the app read it from here.
 */

export const LOCKED_MESSAGE = 'obvious:locked';

export interface LockedNotice {
  type: typeof LOCKED_MESSAGE;
  /** The name the lock holder shows, when it shows one. */
  by: string | null;
}

/** The notice a stateless payload carries, or null when it is something else (or not well formed). */
export function readLockedNotice(payload: string): LockedNotice | null {
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { type, by } = value as Record<string, unknown>;
  if (type !== LOCKED_MESSAGE) return null;
  return { type, by: typeof by === 'string' && by.trim() !== '' ? by.slice(0, 60) : null };
}

/** The notice in the app's words. */
export const lockedText = (notice: LockedNotice): string =>
  `${notice.by ?? 'The facilitator'} has locked the map: your change was not shared. It is shared when the lock ends.`;

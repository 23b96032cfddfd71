import * as decoding from 'lib0/decoding';

/*
 * What a client's message is, read before Hocuspocus handles it: every message starts with the room
 * (its address) and a type; sync messages carry a Yjs update or state vector, awareness messages an
 * awareness update. Anything that does not parse is refused here with a plain reason, so a malformed
 * message never reaches the library's own error paths.
 */

/** Hocuspocus message types (@hocuspocus/server `MessageType`), the ones a client may send. */
export const MESSAGE = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  syncReply: 4,
  close: 7,
  pong: 10,
} as const;

/** y-protocols sync message types. */
export const SYNC = { step1: 0, step2: 1, update: 2 } as const;

export type ClientMessage =
  | { kind: 'update'; room: string; update: Uint8Array }
  | { kind: 'awareness'; room: string; update: Uint8Array }
  | { kind: 'other'; room: string; type: number };

export type ParsedMessage = { ok: true; message: ClientMessage } | { ok: false; reason: string };

const ALLOWED: ReadonlySet<number> = new Set(Object.values(MESSAGE));

/** Splits a room address `name` or `name\0session` (Hocuspocus multiplexing) into the room name. */
export const roomOfAddress = (address: string): string => address.split('\0')[0] ?? '';

export function parseClientMessage(data: Uint8Array): ParsedMessage {
  try {
    const decoder = decoding.createDecoder(data);
    const room = roomOfAddress(decoding.readVarString(decoder));
    const type = decoding.readVarUint(decoder);
    if (!ALLOWED.has(type)) return { ok: false, reason: `message type ${type} is not used by Obvious` };
    if (type === MESSAGE.sync || type === MESSAGE.syncReply) {
      const syncType = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (syncType === SYNC.step2 || syncType === SYNC.update) return { ok: true, message: { kind: 'update', room, update: payload } };
      if (syncType !== SYNC.step1) return { ok: false, reason: `sync message type ${syncType} is unknown` };
    } else if (type === MESSAGE.awareness) {
      return { ok: true, message: { kind: 'awareness', room, update: decoding.readVarUint8Array(decoder) } };
    }
    return { ok: true, message: { kind: 'other', room, type } };
  } catch {
    return { ok: false, reason: 'the message could not be read' };
  }
}

export interface AwarenessEntry {
  clientId: number;
  clock: number;
  /** The state as sent: JSON text, `null` when the client left. */
  state: string;
}

/** The entries of an awareness update (y-protocols format), or null when it does not parse. */
export function readAwarenessEntries(update: Uint8Array): AwarenessEntry[] | null {
  try {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    const entries: AwarenessEntry[] = [];
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const state = decoding.readVarString(decoder);
      JSON.parse(state);
      entries.push({ clientId, clock, state });
    }
    return decoding.hasContent(decoder) ? null : entries;
  } catch {
    return null;
  }
}

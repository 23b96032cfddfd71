import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createRoomName,
  defaultSyncServer,
  pageWithoutRoom,
  readRoomLink,
  roomUrl,
  type RoomLink,
} from '../../src/collab/doc/roomLink';

const DEFAULT = 'ws://127.0.0.1:1234';

/** A token as the server signs it (the signature is not checked by the app: only the server can). */
const tokenOf = (scope: string, extra: object = {}) =>
  `${Buffer.from(JSON.stringify({ room: 'abc', scope, exp: 2_000_000_000, ...extra })).toString('base64url')}.c2lnbmF0dXJl`;
const EDIT = tokenOf('edit');
const VIEW = tokenOf('view');

describe('live-session links', () => {
  it.each([
    [
      `?room=q3-finance&sync=ws://10.0.0.5:1234&token=${EDIT}`,
      { room: 'q3-finance', sync: 'ws://10.0.0.5:1234', token: EDIT, mode: 'edit' },
    ],
    [
      `?room=abc&sync=wss://sync.example.com/live/&token=${EDIT}`,
      { room: 'abc', sync: 'wss://sync.example.com/live', token: EDIT, mode: 'edit' },
    ],
    [`?room=abc&token=${VIEW}`, { room: 'abc', sync: DEFAULT, token: VIEW, mode: 'view' }],
    // The old view-only marker changes nothing: the token decides (and the server enforces it).
    [`?room=abc&mode=view&token=${EDIT}`, { room: 'abc', sync: DEFAULT, token: EDIT, mode: 'edit' }],
    [`?room=abc&mode=edit&token=${VIEW}`, { room: 'abc', sync: DEFAULT, token: VIEW, mode: 'view' }],
  ])('reads %s', (search, link) => {
    expect(readRoomLink(search, DEFAULT)).toEqual({ ok: true, link });
  });

  it('is not a live session without a room', () => {
    expect(readRoomLink('?sync=ws://x:1', DEFAULT)).toBeNull();
  });

  it.each([
    ['a room name with a slash', '?room=a/b', /room name/],
    ['a room name that is too long', `?room=${'x'.repeat(101)}`, /room name/],
    ['an http address', '?room=a&sync=http://host:1234', /ws:\/\/ or wss:\/\//],
    ['a javascript: address', '?room=a&sync=javascript:alert(1)', /ws:\/\/ or wss:\/\//],
    ['a password in the address', '?room=a&sync=ws://user:pw@host:1234', /password/],
    ['not an address at all', '?room=a&sync=nonsense', /not an address/],
    ['a link without a key (an old link)', '?room=abc&mode=view', /carries no key/],
    ['a key that is not a token', '?room=abc&token=hello', /damaged/],
    ['a token naming no scope', `?room=abc&token=${tokenOf('admin')}`, /damaged/],
    ['a token that is not JSON', '?room=abc&token=bm90IGpzb24.c2ln', /damaged/],
  ])('refuses %s and says why', (_, search, message) => {
    const result = readRoomLink(search, DEFAULT);
    expect(result?.ok).toBe(false);
    if (result && !result.ok) expect(result.message).toMatch(message);
  });

  it('writes links that read back the same, keeping the page’s other parameters', () => {
    const link: RoomLink = { room: 'Zq_9-x', sync: 'wss://sync.example.com:8443', token: VIEW, mode: 'view' };
    const url = roomUrl('https://obvious.example.com/app/?lang=en&mode=view#canvas', link);
    expect(url).toBe(
      `https://obvious.example.com/app/?lang=en&room=Zq_9-x&sync=wss%3A%2F%2Fsync.example.com%3A8443&token=${VIEW}`,
    );
    expect(readRoomLink(new URL(url).search, DEFAULT)).toEqual({ ok: true, link });
    expect(pageWithoutRoom(url)).toBe('https://obvious.example.com/app/?lang=en');
  });

  it('makes room names of 128 random bits that no one can guess, and that links accept', () => {
    const names = new Set<string>();
    for (let i = 0; i < 200; i++) names.add(createRoomName());
    expect(names.size).toBe(200);
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), (bytes) => {
        const name = createRoomName(() => bytes);
        expect(name).toMatch(/^[A-Za-z0-9_-]{22}$/);
        expect(readRoomLink(`?room=${name}&token=${EDIT}`, DEFAULT)?.ok).toBe(true);
      }),
    );
  });

  it.each([
    [{ protocol: 'http:', hostname: 'workshop.local' }, undefined, 'ws://workshop.local:1234'],
    [{ protocol: 'https:', hostname: 'obvious.example.com' }, undefined, 'wss://obvious.example.com:1234'],
    [{ protocol: 'http:', hostname: '::1' }, undefined, 'ws://[::1]:1234'],
    [{ protocol: 'https:', hostname: 'a' }, 'wss://sync.example.com/live/', 'wss://sync.example.com/live'],
  ])('finds the default sync server for %o (configured: %s)', (page, configured, expected) => {
    expect(defaultSyncServer(page, configured)).toBe(expected);
  });
});

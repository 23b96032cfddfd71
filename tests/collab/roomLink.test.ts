import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createRoomName,
  defaultSyncServer,
  pageWithoutRoom,
  readRoomLink,
  roomUrl,
  type RoomLink,
} from '../../src/collab/roomLink';

const DEFAULT = 'ws://127.0.0.1:1234';

describe('live-session links', () => {
  it.each([
    [
      '?room=q3-finance&sync=ws://10.0.0.5:1234',
      { room: 'q3-finance', sync: 'ws://10.0.0.5:1234', mode: 'edit' },
    ],
    [
      '?room=abc&sync=wss://sync.example.com/live/',
      { room: 'abc', sync: 'wss://sync.example.com/live', mode: 'edit' },
    ],
    ['?room=abc&mode=view', { room: 'abc', sync: DEFAULT, mode: 'view' }],
    ['?room=abc&mode=anything', { room: 'abc', sync: DEFAULT, mode: 'edit' }],
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
  ])('refuses %s and says why', (_, search, message) => {
    const result = readRoomLink(search, DEFAULT);
    expect(result?.ok).toBe(false);
    if (result && !result.ok) expect(result.message).toMatch(message);
  });

  it('writes links that read back the same, keeping the page’s other parameters', () => {
    const link: RoomLink = { room: 'Zq_9-x', sync: 'wss://sync.example.com:8443', mode: 'view' };
    const url = roomUrl('https://obvious.example.com/app/?lang=en#canvas', link);
    expect(url).toBe(
      'https://obvious.example.com/app/?lang=en&room=Zq_9-x&sync=wss%3A%2F%2Fsync.example.com%3A8443&mode=view',
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
        expect(readRoomLink(`?room=${name}`, DEFAULT)?.ok).toBe(true);
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

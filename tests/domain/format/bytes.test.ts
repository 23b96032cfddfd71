/** Files as bytes: encodings the way editors save them, and binary data refused in plain words. */
import { describe, expect, it } from 'vitest';
import { decodeFileBytes } from '../../../src/domain/format/decodeFileBytes';
import { openFileBytes, parseMapBytes, parseMapFile } from '../../../src/domain/format/parseMapFile';
import { LIMITS } from '../../../src/domain/limits';
import { expectLoaded, expectRefused, fileText, smallMap } from './fileBuilders';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const concat = (...parts: (Uint8Array | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => [...p]));

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const [lo, hi] = [unit & 0xff, unit >> 8];
    bytes[2 * i] = order === 'le' ? lo : hi;
    bytes[2 * i + 1] = order === 'le' ? hi : lo;
  }
  return bytes;
}

/** A map with non-ASCII text, so a wrong decoding would show. */
const text = fileText(smallMap({ title: 'Équipes finance — 2026 🚀', market: 'Mittelstand: Finanzteams' }));
const expected = expectLoaded(parseMapFile(text));

describe('text encodings that load', () => {
  it.each([
    ['UTF-8', () => utf8(text)],
    ['UTF-8 with a byte-order mark', () => concat([0xef, 0xbb, 0xbf], utf8(text))],
    ['UTF-16 LE with a byte-order mark', () => concat([0xff, 0xfe], utf16(text, 'le'))],
    ['UTF-16 BE with a byte-order mark', () => concat([0xfe, 0xff], utf16(text, 'be'))],
    ['UTF-16 LE without a byte-order mark', () => utf16(text, 'le')],
    ['UTF-16 BE without a byte-order mark', () => utf16(text, 'be')],
  ])('%s', (_name, bytes) => {
    expect(expectLoaded(parseMapBytes(bytes()))).toEqual(expected);
  });

  it('the text entry point tolerates a leading byte-order mark', () => {
    expect(expectLoaded(parseMapFile(`\uFEFF${text}`))).toEqual(expected);
  });

  it('openFileBytes opens a map', () => {
    expect(expectLoaded(openFileBytes(utf8(text)))).toEqual({ kind: 'map', map: expected });
  });
});

describe('bytes that are refused', () => {
  it.each([
    [
      'a PNG image',
      () =>
        Uint8Array.from([
          0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
        ]),
      /not valid UTF-8 text; it looks like a binary file/,
    ],
    ['NUL bytes inside UTF-8', () => concat(utf8('{"format":'), [0, 0, 0], utf8('1}')), /contains NUL bytes/],
    [
      'invalid UTF-8 (a lone continuation byte)',
      () => concat(utf8('{"a":"'), [0x80], utf8('"}')),
      /not valid UTF-8/,
    ],
    [
      'Latin-1 text (é as a single byte)',
      () => concat(utf8('{"title":"caf'), [0xe9], utf8('"}')),
      /not valid UTF-8/,
    ],
    [
      'UTF-16 with a dangling byte',
      () => concat([0xff, 0xfe], utf16('{}', 'le'), [0x7b]),
      /odd number of bytes/,
    ],
    [
      'UTF-16 with an unpaired surrogate',
      () => concat([0xff, 0xfe], [0x00, 0xd8, 0x7b, 0x00]),
      /not valid UTF-16/,
    ],
  ])('%s', (_name, bytes, message) => {
    const error = expectRefused(parseMapBytes(bytes()), 'not-json');
    expect(error.problems[0]?.message).toMatch(message);
  });

  it('an empty file is refused as empty', () => {
    expect(expectRefused(parseMapBytes(new Uint8Array(0)), 'not-json').problems[0]?.message).toBe(
      'the file is empty',
    );
  });

  it('over 20 MB is refused before decoding, with the size', () => {
    const error = expectRefused(decodeFileBytes(new Uint8Array(LIMITS.fileBytes + 1)), 'too-large');
    expect(error.problems[0]?.message).toBe('the file is 20.0 MB, over the limit of 20 MB');
  });
});

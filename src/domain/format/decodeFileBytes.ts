import { LIMITS } from '../limits';
import { err, ok, type Result } from '../result';
import { fileError } from './problems';
import { tooLarge } from './readJson';
import type { FileError } from './types';

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

const notText = (message: string): FileError =>
  fileError('not-json', 'This file is not text, so it cannot be a decision map.', [{ path: '', message }]);

/**
 * Which encoding the bytes use and where the text starts: a byte-order mark decides; without
 * one, a JSON text's first character is ASCII, so a zero byte beside it means UTF-16 (RFC 4627).
 */
function detectEncoding(bytes: Uint8Array): { encoding: Encoding; start: number } {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', start: 3 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', start: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', start: 2 };
  if (bytes.length >= 2 && bytes.length % 2 === 0) {
    if (b0 !== 0 && b1 === 0) return { encoding: 'utf-16le', start: 0 };
    if (b0 === 0 && b1 !== 0) return { encoding: 'utf-16be', start: 0 };
  }
  return { encoding: 'utf-8', start: 0 };
}

/** UTF-16BE as UTF-16LE: swap each pair (not every runtime's TextDecoder knows "utf-16be"). */
function swapPairs(bytes: Uint8Array): Uint8Array {
  const swapped = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1] ?? 0;
    swapped[i + 1] = bytes[i] ?? 0;
  }
  return swapped;
}

/**
 * A file's bytes as text: refuses files over the size limit before decoding, strips a byte-order
 * mark, reads UTF-16 (LE or BE) and UTF-8, and refuses binary data (NUL characters, invalid UTF-8).
 */
export function decodeFileBytes(bytes: Uint8Array): Result<string, FileError> {
  if (bytes.length > LIMITS.fileBytes) return err(tooLarge(bytes.length));
  const { encoding, start } = detectEncoding(bytes);
  let body = bytes.subarray(start);
  if (encoding !== 'utf-8' && body.length % 2 !== 0) {
    return err(notText('the file looks like UTF-16 text but has an odd number of bytes; it may be cut off'));
  }
  if (encoding === 'utf-16be') body = swapPairs(body);
  let text: string;
  try {
    text = new TextDecoder(encoding === 'utf-8' ? 'utf-8' : 'utf-16le', {
      fatal: true,
      ignoreBOM: true,
    }).decode(body);
  } catch {
    const name = encoding === 'utf-8' ? 'UTF-8' : 'UTF-16';
    return err(notText(`the file is not valid ${name} text; it looks like a binary file`));
  }
  if (text.includes('\u0000'))
    return err(notText('the file contains NUL bytes, which text never does; it looks like a binary file'));
  return ok(text);
}

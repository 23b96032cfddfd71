import { LIMITS } from '../limits';
import { err, ok, type Result } from '../result';
import { fileError } from './problems';
import type { FileError } from './types';

const MEGABYTE = 1024 * 1024;
const LIMIT_IN_WORDS = `${LIMITS.fileBytes / MEGABYTE} MB`;

/** Exact UTF-8 size of a string, without allocating; stops counting once past `stopAbove`. */
export function utf8ByteLength(text: string, stopAbove = Infinity): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= stopAbove; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

export function tooLarge(bytes: number | null): FileError {
  const size = bytes === null ? 'over' : `${(bytes / MEGABYTE).toFixed(1)} MB, over`;
  const message = `the file is ${size} the limit of ${LIMIT_IN_WORDS}`;
  return fileError(
    'too-large',
    `This file is too large to open: Obvious opens files up to ${LIMIT_IN_WORDS}.`,
    [{ path: '', message }],
  );
}

/**
 * Refuses text over the byte limit before anything reads it. Every UTF-16 unit is at least one
 * and at most three UTF-8 bytes, so the exact count is needed only near the limit.
 */
export function checkTextSize(text: string): Result<string, FileError> {
  if (text.length > LIMITS.fileBytes) return err(tooLarge(null));
  if (text.length * 3 <= LIMITS.fileBytes) return ok(text);
  const bytes = utf8ByteLength(text, LIMITS.fileBytes);
  return bytes > LIMITS.fileBytes ? err(tooLarge(null)) : ok(text);
}

const notJson = (message: string): FileError =>
  fileError('not-json', 'This file is not readable JSON, so it cannot be a decision map.', [
    { path: '', message },
  ]);

/** Size check, then JSON.parse that never throws. A leading byte-order mark is ignored. */
export function readJson(text: string): Result<unknown, FileError> {
  const sized = checkTextSize(text);
  if (!sized.ok) return sized;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!/\S/.test(body)) return err(notJson('the file is empty'));
  try {
    return ok(JSON.parse(body) as unknown);
  } catch (error) {
    if (error instanceof RangeError) return err(notJson('the file is nested too deeply to read'));
    const detail = error instanceof Error ? error.message : String(error);
    return err(notJson(`it is not valid JSON (${detail}); the file may be cut off or not a JSON file`));
  }
}

import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { LIMITS } from '../domain/limits';
import { InputError } from './errors';

/** Where the command line reads and writes: the real process, or a test's stand-in. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** Standard input as bytes, read to the end or until `maxBytes` have been read. */
  readStdin(maxBytes: number): Promise<Uint8Array>;
}

/**
 * Reading stops one byte past the file limit: enough for the domain to refuse the file as too
 * large (with its own message) without ever holding a huge file in memory.
 */
export const READ_LIMIT = LIMITS.fileBytes + 1;

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a directory',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many files are open',
};

function reasonFor(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (REASONS[code]) return REASONS[code];
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? 'unknown error';
}

/** What was read: at most {@link READ_LIMIT} bytes, and the whole file's size when it is known. */
export interface Input {
  bytes: Uint8Array;
  size: number | null;
}

function readFileBytes(path: string, maxBytes: number): Input {
  const fd = openSync(path, 'r');
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    const chunks: Buffer[] = [];
    let total = 0;
    while (total < maxBytes) {
      const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, maxBytes - total));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(read === chunk.length ? chunk : chunk.subarray(0, read));
      total += read;
    }
    return { bytes: Buffer.concat(chunks, total), size: stats.isFile() ? stats.size : null };
  } finally {
    closeSync(fd);
  }
}

/** The bytes of FILE, or of standard input for `-`. A file that cannot be read is an input error. */
export async function readInput(path: string, io: CliIO): Promise<Input> {
  if (path === '-') {
    try {
      return { bytes: await io.readStdin(READ_LIMIT), size: null };
    } catch (error) {
      throw new InputError(`Cannot read standard input: ${reasonFor(error)}.`);
    }
  }
  try {
    return readFileBytes(path, READ_LIMIT);
  } catch (error) {
    throw new InputError(`Cannot read ${path}: ${reasonFor(error)}.`);
  }
}

/** What a path is called in messages. */
export const nameOf = (path: string): string => (path === '-' ? 'standard input' : path);

/** The real process's streams. */
export const processIO: CliIO = {
  out: (text) => {
    process.stdout.write(text);
  },
  err: (text) => {
    process.stderr.write(text);
  },
  readStdin: async (maxBytes) => {
    const chunks: Buffer[] = [];
    let total = 0;
    for await (const chunk of process.stdin) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
      chunks.push(buffer);
      total += buffer.length;
      if (total >= maxBytes) break;
    }
    return Buffer.concat(chunks, Math.min(total, maxBytes));
  },
};

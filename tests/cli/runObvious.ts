/** Runs the real `obvious` binary as a user would, and builds its input files in a temp folder. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serializeMapFile, serializeWorkspaceFile } from '../../src/domain/format/serialize';
import type { DecisionMap } from '../../src/domain/records/map';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BIN = join(ROOT, 'bin', 'obvious.mjs');
export const FIXTURES = join(ROOT, 'tests', 'fixtures', 'v1');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `node bin/obvious.mjs ARGS`, with `input` on standard input. */
export function obvious(
  args: readonly string[],
  options: { input?: string | Buffer; cwd?: string } = {},
): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 20_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `npx obvious ARGS` from the project folder: the project's own bin, as package.json declares it. */
export function npxObvious(args: readonly string[]): Run {
  const result = spawnSync('npx', ['--no-install', 'obvious', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A temp folder for one test file's inputs; `remove()` in afterAll. */
export function tempFolder(): {
  path: (name: string) => string;
  writeMap: (name: string, map: DecisionMap) => string;
  writeWorkspace: (name: string, maps: DecisionMap[]) => string;
  write: (name: string, text: string | Buffer) => string;
  remove: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), 'obvious-cli-'));
  const write = (name: string, text: string | Buffer): string => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };
  return {
    path: (name) => join(dir, name),
    write,
    writeMap: (name, map) => write(name, serializeMapFile(map, '2026-09-24T09:00:00.000Z')),
    writeWorkspace: (name, maps) => write(name, serializeWorkspaceFile(maps, '2026-09-24T09:00:00.000Z')),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** What a stack trace looks like; never allowed on the command line's standard error. */
export const STACK_TRACE = /\n\s+at .+[(:]\d+|node:internal|Error: .*\n\s+at /;

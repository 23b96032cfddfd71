/** Builders for the file-format tests: a small valid map, its file text, and edits to the raw JSON. */
import { expect } from 'vitest';
import { serializeMapFile } from '../../../src/domain/format/serialize';
import type { FileError, FileErrorKind } from '../../../src/domain/format/types';
import type { DecisionMap } from '../../../src/domain/records/map';
import type { Result } from '../../../src/domain/result';
import { makeSmallMap } from '../../builders';

export const EXPORTED_AT = '2026-11-24T10:00:00.000Z';

/** The small map of tests/builders.ts, whose indices these tests name. */
export const smallMap = makeSmallMap;

export const fileText = (map: DecisionMap = smallMap()): string => serializeMapFile(map, EXPORTED_AT);

/** The small map's file as plain JSON, to be edited into something broken. */
export const rawFile = (map: DecisionMap = smallMap()): Record<string, unknown> =>
  JSON.parse(fileText(map)) as Record<string, unknown>;

type Path = readonly (string | number)[];

function parentOf(root: unknown, path: Path): Record<string | number, unknown> {
  let at: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (typeof at !== 'object' || at === null) throw new Error(`no ${String(key)} in ${path.join('.')}`);
    at = (at as Record<string | number, unknown>)[key];
  }
  if (typeof at !== 'object' || at === null) throw new Error(`cannot reach ${path.join('.')}`);
  return at as Record<string | number, unknown>;
}

const last = (path: Path): string | number => {
  const key = path[path.length - 1];
  if (key === undefined) throw new Error('empty path');
  return key;
};

export function getAt(root: unknown, path: Path): unknown {
  return parentOf(root, path)[last(path)];
}

export function setAt<T>(root: T, path: Path, value: unknown): T {
  parentOf(root, path)[last(path)] = value;
  return root;
}

export function deleteAt<T>(root: T, path: Path): T {
  const parent = parentOf(root, path);
  if (Array.isArray(parent)) parent.splice(Number(last(path)), 1);
  else delete parent[last(path)];
  return root;
}

/** The small map's file text after one edit to its raw JSON. */
export const editedText = (edit: (file: Record<string, unknown>) => void): string => {
  const file = rawFile();
  edit(file);
  return JSON.stringify(file);
};

/** Asserts the result is a refusal of `kind` and returns its error. */
export function expectRefused<T>(result: Result<T, FileError>, kind: FileErrorKind): FileError {
  if (result.ok) throw new Error(`expected the file to be refused as ${kind}, but it loaded`);
  expect(result.error.kind).toBe(kind);
  expect(result.error.summary.length).toBeGreaterThan(0);
  expect(result.error.problems.length).toBeGreaterThan(0);
  return result.error;
}

/** Asserts the result loaded and returns its value. */
export function expectLoaded<T>(result: Result<T, FileError>): T {
  if (!result.ok)
    throw new Error(
      `expected the file to load, got ${result.error.kind}: ${JSON.stringify(result.error.problems.slice(0, 5))}`,
    );
  return result.value;
}

/** `path: message` lines, as the command line prints them. */
export const problemLines = (error: FileError): string[] =>
  error.problems.map((p) => (p.path === '' ? p.message : `${p.path}: ${p.message}`));

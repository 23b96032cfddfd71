/**
 * Fuzzing the one door in (≥ 10,000 cases in all): random text, random JSON, random JSON inside a
 * valid envelope, truncations and mutations of valid maps. The door never throws; it either opens
 * a map the schema accepts, or lists problems that each say what and where.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openFile, parseMapFile } from '../../../src/domain/format/parseMapFile';
import { isJsonObject, migrateFile } from '../../../src/domain/format/migrations';
import { MAX_LISTED_PROBLEMS } from '../../../src/domain/format/problems';
import { serializeMapFile } from '../../../src/domain/format/serialize';
import type { FileError, FileErrorKind } from '../../../src/domain/format/types';
import { mapFileSchema, MAP_FORMAT, WORKSPACE_FORMAT } from '../../../src/domain/records/file';
import { mapSchema, type DecisionMap } from '../../../src/domain/records/map';
import type { Result } from '../../../src/domain/result';
import { arbitraryMap } from '../../builders';
import { EXPORTED_AT } from './fileBuilders';

const FILE_LEVEL_KINDS: readonly FileErrorKind[] = ['too-large', 'not-json', 'not-a-map-file'];
/** Every path names a place in the file, starting from one of its top-level fields. */
const NAMED_PATH = /^(map|maps|format|version|exportedAt)([.[]|$)/;

function checkProblems(error: FileError): void {
  expect(error.summary.trim()).not.toBe('');
  expect(error.problems.length).toBeGreaterThan(0);
  error.problems.forEach((problem, i) => {
    expect(problem.message.trim()).not.toBe('');
    const countOfTheRest =
      i === MAX_LISTED_PROBLEMS && /^and [\d,]+ more problems? not listed$/.test(problem.message);
    if (!FILE_LEVEL_KINDS.includes(error.kind) && !countOfTheRest) expect(problem.path).toMatch(NAMED_PATH);
  });
}

/** Never throws; ok means a map the schema accepts; otherwise problems that name where. */
function checkParse(text: string): Result<DecisionMap, FileError> {
  let result: Result<DecisionMap, FileError> | undefined;
  expect(() => (result = parseMapFile(text))).not.toThrow();
  if (result === undefined) throw new Error('no result');
  if (result.ok) expect(mapSchema.safeParse(result.value).success).toBe(true);
  else checkProblems(result.error);
  return result;
}

/**
 * A mutation may turn `version: 2` into 1 (a swap with any 1 in the file): such a file is a version 1
 * file, which the door migrates forward before checking it, so the oracle does the same.
 */
function asCurrentVersion(file: Json): unknown {
  if (!isJsonObject(file) || file.version !== 1) return file;
  const migrated = migrateFile(file, 1);
  return migrated.ok ? migrated.value : file;
}

// ---- mutations of valid maps, over plain JSON ----------------------------------------------

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

function allPaths(value: Json, at: Path = [], out: Path[] = []): Path[] {
  if (at.length > 0) out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => allPaths(v, [...at, i], out));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) allPaths(v, [...at, k], out);
  return out;
}

function containerOf(root: Json, path: Path): Json[] | { [key: string]: Json } {
  let at: Json = root;
  for (const key of path.slice(0, -1)) at = (at as Record<string | number, Json>)[key] as Json;
  return at as Json[] | { [key: string]: Json };
}

const oddValues: Json[] = [
  null,
  true,
  0,
  -1,
  6,
  2.5,
  1e12,
  -1e7,
  '',
  'ghost',
  'x'.repeat(301),
  [],
  {},
  'javascript:alert(1)',
  '2026-13-01',
  '__proto__',
];

type Mutation =
  | { op: 'delete'; pick: number }
  | { op: 'replace'; pick: number; value: Json }
  | { op: 'dangle'; pick: number }
  | { op: 'duplicate-id'; from: number; to: number }
  | { op: 'swap'; pick: number; other: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({
    op: fc.constant('replace' as const),
    pick: fc.nat(),
    value: fc.oneof(fc.constantFrom(...oddValues), fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>),
  }),
  fc.record({ op: fc.constant('dangle' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('duplicate-id' as const), from: fc.nat(), to: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), pick: fc.nat(), other: fc.nat() }),
);

function mutate(file: Json, mutation: Mutation): void {
  const paths = allPaths(file);
  const at = (n: number): Path => paths[n % paths.length] ?? [];
  const set = (path: Path, value: Json | undefined) => {
    const parent = containerOf(file, path);
    const key = path[path.length - 1] ?? 0;
    if (value === undefined) {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    } else (parent as Record<string | number, Json>)[key] = value;
  };
  const get = (path: Path): Json =>
    (containerOf(file, path) as Record<string | number, Json>)[path[path.length - 1] ?? 0] as Json;
  switch (mutation.op) {
    case 'delete':
      return set(at(mutation.pick), undefined);
    case 'replace':
      return set(at(mutation.pick), mutation.value);
    case 'dangle': {
      const strings = paths.filter((p) => typeof get(p) === 'string');
      const path = strings[mutation.pick % Math.max(1, strings.length)];
      return path ? set(path, 'ghost') : undefined;
    }
    case 'duplicate-id': {
      const ids = paths.filter((p) => p[p.length - 1] === 'id');
      const from = ids[mutation.from % Math.max(1, ids.length)];
      const to = ids[mutation.to % Math.max(1, ids.length)];
      return from && to ? set(to, get(from)) : undefined;
    }
    case 'swap': {
      const a = at(mutation.pick);
      const b = at(mutation.other);
      if (a.join('.').startsWith(b.join('.')) || b.join('.').startsWith(a.join('.'))) return;
      const [va, vb] = [get(a), get(b)];
      set(a, vb);
      set(b, va);
    }
  }
}

// ---- the properties ----------------------------------------------------------------------------

describe('fuzz: parseMapFile never throws and always explains', () => {
  it('any text (1,500 cases)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => void checkParse(text)),
      { numRuns: 1500 },
    );
  });

  it('any JSON value (2,500 cases)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => void checkParse(JSON.stringify(value) ?? '')),
      { numRuns: 2500 },
    );
  });

  it('any JSON as the map of a valid envelope (1,500 cases)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 1, 2, '1'), (map, version) => {
        const result = checkParse(
          JSON.stringify({ format: MAP_FORMAT, version, exportedAt: EXPORTED_AT, map }),
        );
        expect(result.ok).toBe(false);
      }),
      { numRuns: 1500 },
    );
  });

  it('any JSON as the maps of a workspace (500 cases)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (maps) => {
        const result = openFile(
          JSON.stringify({ format: WORKSPACE_FORMAT, version: 1, exportedAt: EXPORTED_AT, maps }),
        );
        if (result.ok)
          expect(
            result.value.kind === 'workspace' &&
              result.value.maps.every((m) => mapSchema.safeParse(m).success),
          ).toBe(true);
        else checkProblems(result.error);
      }),
      { numRuns: 500 },
    );
  });

  it('truncated valid files (500 cases)', () => {
    fc.assert(
      fc.property(arbitraryMap({ maxApprovers: 3, maxProofs: 3 }), fc.nat(), (map, cut) => {
        // Cut inside the JSON itself: dropping only the trailing newline leaves a valid file.
        const text = serializeMapFile(map, EXPORTED_AT).trimEnd();
        const end = cut % text.length;
        const result = checkParse(text.slice(0, end));
        expect(result.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('mutated valid maps agree with the schema (4,000 cases)', () => {
    const outcomes = { opened: 0, refused: 0 };
    fc.assert(
      fc.property(
        arbitraryMap({ oddLabels: true }),
        fc.array(mutationArb, { minLength: 1, maxLength: 3 }),
        (map, mutations) => {
          const file = JSON.parse(serializeMapFile(map, EXPORTED_AT)) as Json;
          for (const mutation of mutations) mutate(file, mutation);
          const result = checkParse(JSON.stringify(file));
          expect(result.ok).toBe(mapFileSchema.safeParse(asCurrentVersion(file)).success);
          outcomes[result.ok ? 'opened' : 'refused'] += 1;
        },
      ),
      { numRuns: 4000 },
    );
    // Some mutations are harmless (deleting optional notes), most are not: both outcomes must occur.
    expect(outcomes.opened).toBeGreaterThan(100);
    expect(outcomes.refused).toBeGreaterThan(1000);
  });
});

/**
 * The migration machinery. Version 1 is the first released version; `v0ToV1` below is invented for
 * tests only (v0 called severity `weight` and had no plan), with a hand-written fixture in
 * tests/fixtures/v0/, to prove old files are carried forward through every released step after it
 * (version 1 → 2 is the first real one: tests/domain/format/versionTwo.test.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  MIGRATIONS,
  migrateFile,
  migrateMaps,
  type JsonObject,
  type Migration,
} from '../../../src/domain/format/migrations';
import { openFile, parseMapFile } from '../../../src/domain/format/parseMapFile';
import { CURRENT_VERSION } from '../../../src/domain/records/file';
import { expectLoaded, expectRefused } from './fileBuilders';
import { readRepoFile } from './fixtureFiles';

const renameWeight = (node: unknown): unknown => {
  if (typeof node !== 'object' || node === null || Array.isArray(node) || !Object.hasOwn(node, 'weight'))
    return node;
  const { weight, ...rest } = node as JsonObject;
  return { ...rest, severity: weight };
};

const v0ToV1: Migration = {
  from: 0,
  to: 1,
  up: (file) =>
    migrateMaps(file, (map) => ({
      ...map,
      nodes: Array.isArray(map.nodes) ? map.nodes.map(renameWeight) : map.nodes,
      plan: Object.hasOwn(map, 'plan') ? map.plan : [],
    })),
};

const v0Text = readRepoFile('tests/fixtures/v0/every-field.v0.json');
const v1Map = expectLoaded(parseMapFile(readRepoFile('tests/fixtures/v1/every-field.obvious.json')));
/** Version 0's invented step, then every released one. */
const fromV0 = [v0ToV1, ...MIGRATIONS];

describe('migrating a version 0 file forward', () => {
  it('loads the v0 fixture as the map version 1 would hold', () => {
    const map = expectLoaded(parseMapFile(v0Text, { migrations: fromV0 }));
    expect(map).toEqual({ ...v1Map, id: 'every-field-v0', plan: [] });
  });

  it('migrates every map of a workspace', () => {
    const v0 = JSON.parse(v0Text) as JsonObject;
    const workspace = {
      format: 'obvious.workspace',
      version: 0,
      exportedAt: 'x',
      maps: [v0.map, { ...(v0.map as JsonObject), id: 'second' }],
    };
    const opened = expectLoaded(openFile(JSON.stringify(workspace), { migrations: fromV0 }));
    expect(opened.kind === 'workspace' && opened.maps.map((m) => [m.id, m.plan.length])).toEqual([
      ['every-field-v0', 0],
      ['second', 0],
    ]);
  });

  it('without the migration, says that version 0 cannot be read', () => {
    const error = expectRefused(parseMapFile(v0Text), 'invalid');
    expect(error.problems).toEqual([
      {
        path: 'version',
        message: 'version 0 is not a version of the format this version of Obvious can read',
      },
    ]);
  });

  it('still validates after migrating: a v0 weight of 9 is named at its v1 path', () => {
    const v0 = JSON.parse(v0Text) as { map: { nodes: { weight?: number }[] } };
    const index = v0.map.nodes.findIndex((n) => n.weight !== undefined);
    v0.map.nodes[index] = { ...v0.map.nodes[index], weight: 9 };
    const error = expectRefused(parseMapFile(JSON.stringify(v0), { migrations: fromV0 }), 'invalid');
    expect(error.problems).toEqual([
      { path: `map.nodes[${index}].severity`, message: 'expected an integer from 1 to 5, got 9' },
    ]);
  });
});

describe('migrateFile', () => {
  const stamp = (from: number, to: number): Migration => ({
    from,
    to,
    up: (file) => ({ ...file, trail: [...(file.trail as number[]), to] }),
  });

  it('runs the steps in order from the file version up to the current one', () => {
    const result = migrateFile({ trail: [] }, -2, [stamp(1, 2), stamp(0, 1), stamp(-2, -1), stamp(-1, 0)]);
    expect(expectLoaded(result)).toEqual({ trail: [-1, 0, 1, 2], version: CURRENT_VERSION });
  });

  it('leaves a current file as it is', () => {
    const file = { version: CURRENT_VERSION, map: {} };
    expect(expectLoaded(migrateFile(file, CURRENT_VERSION, [stamp(0, 1)]))).toBe(file);
  });

  it('never mutates the file it is given', () => {
    const file = JSON.parse(v0Text) as JsonObject;
    const before = structuredClone(file);
    expectLoaded(migrateFile(file, 0, fromV0));
    expect(file).toEqual(before);
  });

  it('turns a migration that throws into a problem at `version`', () => {
    const broken: Migration = {
      from: 0,
      to: 1,
      up: () => {
        throw new Error('nodes is not a list');
      },
    };
    const error = expectRefused(migrateFile({}, 0, [broken]), 'invalid');
    expect(error.problems).toEqual([
      { path: 'version', message: 'the file could not be upgraded from version 0 to 1: nodes is not a list' },
    ]);
  });

  it('refuses a step that does not move forward instead of looping', () => {
    expectRefused(migrateFile({}, 0, [{ from: 0, to: 0, up: (f) => f }]), 'invalid');
  });

  it('the released steps are contiguous and end at the current version', () => {
    MIGRATIONS.forEach((step, i) => {
      expect(step.to).toBeGreaterThan(step.from);
      const next = MIGRATIONS[i + 1];
      expect(next === undefined ? step.to : next.from).toBe(next === undefined ? CURRENT_VERSION : step.to);
    });
  });
});

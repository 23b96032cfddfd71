import { CURRENT_VERSION } from '../records/file';
import { err, ok, type Result } from '../result';
import { invalidFile } from './problems';
import type { FileError } from './types';

/** A JSON object as JSON.parse gives it: own keys only, values not yet checked. */
export type JsonObject = { [key: string]: unknown };

/**
 * One step of the format's history: turns a file of version `from` into a file of version `to`.
 * Works on plain JSON before validation, so it must expect anything and never mutate its input.
 */
export interface Migration {
  from: number;
  to: number;
  up: (file: JsonObject) => JsonObject;
}

export const isJsonObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Applies `up` to every map a file carries (`map`, or each of `maps`), leaving anything else alone. */
export function migrateMaps(file: JsonObject, up: (map: JsonObject) => JsonObject): JsonObject {
  const next: JsonObject = { ...file };
  if (isJsonObject(file.map)) next.map = up(file.map);
  if (Array.isArray(file.maps))
    next.maps = file.maps.map((map: unknown) => (isJsonObject(map) ? up(map) : map));
  return next;
}

/** A version 1 evidence entry in version 2: its source was never said (`unspecified`). */
export function evidenceToVersionTwo(entry: unknown): unknown {
  if (!isJsonObject(entry)) return entry;
  // Version 1 had no `source` or `by`: a file carrying them is not interpreted (FORMAT.md), they are replaced.
  const { source: _source, by: _by, ...fields } = entry;
  return { ...fields, source: 'unspecified' };
}

/**
 * An evidence entry read from a live document written before version 2 (no `source` yet): the same
 * upgrade, applied only where the source is missing, since newer peers write it.
 */
export function evidenceWithSource(entry: unknown): unknown {
  return isJsonObject(entry) && !Object.hasOwn(entry, 'source') ? evidenceToVersionTwo(entry) : entry;
}

function nodeToVersionTwo(node: unknown): unknown {
  if (!isJsonObject(node) || !Array.isArray(node.evidence)) return node;
  return { ...node, evidence: node.evidence.map(evidenceToVersionTwo) };
}

/** Version 1 → 2: each evidence entry says where it came from (`unspecified`), and the map gains an empty deal record. */
const versionOneToTwo: Migration = {
  from: 1,
  to: 2,
  up: (file) =>
    migrateMaps(file, (map) => ({
      ...map,
      nodes: Array.isArray(map.nodes) ? map.nodes.map(nodeToVersionTwo) : map.nodes,
      deals: [],
    })),
};

/** Every released migration, oldest first (version 1 was the first released version). */
export const MIGRATIONS: readonly Migration[] = [versionOneToTwo];

const cannotMigrate = (message: string): FileError => invalidFile([{ path: 'version', message }]);

/** Runs the steps from `version` up to the current version, one at a time, in order. */
export function migrateFile(
  file: JsonObject,
  version: number,
  steps: readonly Migration[] = MIGRATIONS,
): Result<JsonObject, FileError> {
  let current = file;
  let at = version;
  while (at < CURRENT_VERSION) {
    const step = steps.find((candidate) => candidate.from === at);
    if (step === undefined || step.to <= step.from) {
      return err(
        cannotMigrate(`version ${at} is not a version of the format this version of Obvious can read`),
      );
    }
    try {
      current = { ...step.up(current), version: step.to };
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return err(
        cannotMigrate(`the file could not be upgraded from version ${step.from} to ${step.to}: ${detail}`),
      );
    }
    at = step.to;
  }
  return ok(current);
}

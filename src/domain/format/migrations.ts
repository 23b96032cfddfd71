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

/**
 * Every released migration, oldest first. Version 1 is the first released version of the format,
 * so there is nothing to migrate yet; the machinery is exercised by a test with a made-up version 0.
 */
export const MIGRATIONS: readonly Migration[] = [];

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

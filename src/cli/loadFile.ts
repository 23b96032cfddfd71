import { openFileBytes } from '../domain/format/parseMapFile';
import { tooLarge } from '../domain/format/readJson';
import type { FileError, OpenedFile } from '../domain/format/types';
import { LIMITS } from '../domain/limits';
import type { DecisionMap } from '../domain/records/map';
import type { Result } from '../domain/result';
import { InputError } from './errors';
import { nameOf, readInput, type CliIO } from './io';

/** Problems shown under an error by commands other than `validate`, which lists every one. */
const PROBLEMS_SHOWN = 10;

/** The problem lines of a file error: `map.nodes[3].severity: expected an integer from 1 to 5, got 7`. */
export function problemLines(error: FileError): string[] {
  return error.problems.map((problem) =>
    problem.path === '' ? problem.message : `${problem.path}: ${problem.message}`,
  );
}

/** Reads FILE (or standard input for `-`) and opens it through the domain's one door. */
export async function openInput(path: string, io: CliIO): Promise<Result<OpenedFile, FileError>> {
  const input = await readInput(path, io);
  if (input.bytes.length > LIMITS.fileBytes) return { ok: false, error: tooLarge(input.size) };
  return openFileBytes(input.bytes);
}

/** Like {@link openInput}, but a file that cannot be opened is an input error naming its first problems. */
export async function loadInput(path: string, io: CliIO): Promise<OpenedFile> {
  const opened = await openInput(path, io);
  if (opened.ok) return opened.value;
  const lines = problemLines(opened.error);
  const shown = lines.slice(0, PROBLEMS_SHOWN);
  if (lines.length > PROBLEMS_SHOWN)
    shown.push(`… and more: run "obvious validate ${path}" to list every problem.`);
  throw new InputError(`${nameOf(path)}: ${opened.error.summary}`, shown);
}

const idList = (maps: readonly DecisionMap[]): string => maps.map((map) => map.id).join(', ');

/** One map from an opened file: the map of a map file, or the map of a workspace with this id. */
export function pickMap(opened: OpenedFile, path: string, id: string | undefined, flag: string): DecisionMap {
  if (opened.kind === 'map') {
    if (id !== undefined && id !== opened.map.id) {
      throw new InputError(`${nameOf(path)} holds one map, "${opened.map.id}", not "${id}".`);
    }
    return opened.map;
  }
  if (id === undefined) {
    if (opened.maps.length === 1 && opened.maps[0]) return opened.maps[0];
    throw new InputError(
      `${nameOf(path)} is a workspace of ${opened.maps.length} maps; choose one with ${flag} ID.`,
      opened.maps.length > 0 ? [`Map ids: ${idList(opened.maps)}`] : [],
    );
  }
  const map = opened.maps.find((candidate) => candidate.id === id);
  if (!map)
    throw new InputError(`${nameOf(path)} has no map with id "${id}".`, [`Map ids: ${idList(opened.maps)}`]);
  return map;
}

/** Every map of an opened file: the one map of a map file, or all the maps of a workspace. */
export const mapsOf = (opened: OpenedFile): DecisionMap[] =>
  opened.kind === 'map' ? [opened.map] : opened.maps;

import type { DecisionMap } from '../records/map';
import { mapFileSchema, workspaceFileSchema } from '../records/file';
import { err, ok, type Result } from '../result';
import { findOversizedCollections } from './collectionLimits';
import { decodeFileBytes } from './decodeFileBytes';
import { readEnvelope } from './envelope';
import { MIGRATIONS, migrateFile, type Migration } from './migrations';
import { fileError, invalidFile, issuesToProblems, plainWords } from './problems';
import { readJson } from './readJson';
import type { FileError, FileProblem, OpenedFile } from './types';

export interface ParseOptions {
  /** The format's migrations; tests pass made-up ones, the app always uses the released list. */
  migrations?: readonly Migration[];
}

function duplicateMapIds(maps: readonly DecisionMap[]): FileProblem[] {
  const seen = new Set<string>();
  const problems: FileProblem[] = [];
  maps.forEach((map, i) => {
    if (seen.has(map.id))
      problems.push({
        path: `maps[${i}].id`,
        message: `another map in this workspace already has id ${JSON.stringify(map.id)}`,
      });
    seen.add(map.id);
  });
  return problems;
}

const workspaceNotMap = (): FileError =>
  fileError('not-a-map-file', 'This is a workspace file, not a single decision map.', [
    {
      path: 'format',
      message:
        'this is a workspace file holding several maps, not a single decision map; open it as a workspace',
    },
  ]);

/** The stages, in order; `onlyMap` refuses a workspace right after reading the envelope. */
function open(text: string, options: ParseOptions, onlyMap: boolean): Result<OpenedFile, FileError> {
  const json = readJson(text);
  if (!json.ok) return json;
  const envelope = readEnvelope(json.value);
  if (!envelope.ok) return envelope;
  const { kind, version } = envelope.value;
  if (onlyMap && kind === 'workspace') return err(workspaceNotMap());
  const migrated = migrateFile(envelope.value.file, version, options.migrations ?? MIGRATIONS);
  if (!migrated.ok) return migrated;
  const oversized = findOversizedCollections(kind, migrated.value);
  if (oversized.length > 0) return err(invalidFile(oversized));
  if (kind === 'map') {
    const parsed = mapFileSchema.safeParse(migrated.value, { error: plainWords, reportInput: true });
    if (!parsed.success) return err(invalidFile(issuesToProblems(parsed.error.issues)));
    return ok({ kind: 'map', map: parsed.data.map });
  }
  const parsed = workspaceFileSchema.safeParse(migrated.value, { error: plainWords, reportInput: true });
  if (!parsed.success) return err(invalidFile(issuesToProblems(parsed.error.issues)));
  const duplicates = duplicateMapIds(parsed.data.maps);
  if (duplicates.length > 0) return err(invalidFile(duplicates));
  return ok({ kind: 'workspace', maps: parsed.data.maps });
}

/** Every stage returns its problems; this is the last guard of the promise never to throw. */
function neverThrowing<T>(run: () => Result<T, FileError>): Result<T, FileError> {
  try {
    return run();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return err(
      fileError('not-json', 'This file could not be read.', [
        { path: '', message: `reading it failed unexpectedly: ${detail}` },
      ]),
    );
  }
}

/**
 * The one door in: size check → JSON → envelope (format, version) → migrate → list limits →
 * schema → references. Accepts a decision map file or a workspace file; never throws.
 */
export function openFile(text: string, options: ParseOptions = {}): Result<OpenedFile, FileError> {
  return neverThrowing(() => open(text, options, false));
}

/** Like {@link openFile}, but only a single decision map is accepted: a workspace file is refused, saying so. */
export function parseMapFile(text: string, options: ParseOptions = {}): Result<DecisionMap, FileError> {
  const opened = neverThrowing(() => open(text, options, true));
  if (!opened.ok) return opened;
  return opened.value.kind === 'map' ? ok(opened.value.map) : err(workspaceNotMap());
}

/** {@link openFile} for a file's bytes: decodes UTF-8 or UTF-16 and refuses binary data first. */
export function openFileBytes(bytes: Uint8Array, options: ParseOptions = {}): Result<OpenedFile, FileError> {
  const text = neverThrowing(() => decodeFileBytes(bytes));
  return text.ok ? openFile(text.value, options) : text;
}

/** {@link parseMapFile} for a file's bytes: decodes UTF-8 or UTF-16 and refuses binary data first. */
export function parseMapBytes(bytes: Uint8Array, options: ParseOptions = {}): Result<DecisionMap, FileError> {
  const text = neverThrowing(() => decodeFileBytes(bytes));
  return text.ok ? parseMapFile(text.value, options) : text;
}

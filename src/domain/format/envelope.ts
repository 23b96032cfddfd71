import { describeValue } from '../records/common';
import { CURRENT_VERSION, MAP_FORMAT, WORKSPACE_FORMAT } from '../records/file';
import { err, ok, type Result } from '../result';
import { isJsonObject, type JsonObject } from './migrations';
import { fileError, invalidFile } from './problems';
import type { FileError } from './types';

export type FileKind = 'map' | 'workspace';

export interface Envelope {
  kind: FileKind;
  version: number;
  file: JsonObject;
}

const own = (object: JsonObject, key: string): unknown =>
  Object.hasOwn(object, key) ? object[key] : undefined;

const notOurs = (path: string, message: string): FileError =>
  fileError('not-a-map-file', 'This file is not an Obvious decision map or workspace.', [{ path, message }]);

export function newerVersion(version: number): FileError {
  const message = `This file was written by a newer version of Obvious (file version ${version}); this version reads version ${CURRENT_VERSION} and older.`;
  return fileError('newer-version', message, [{ path: 'version', message }]);
}

/** The outside of the file: an object saying which format and which version it is. Reads nothing deeper. */
export function readEnvelope(raw: unknown): Result<Envelope, FileError> {
  if (!isJsonObject(raw)) {
    return err(notOurs('', `expected an object with "format": "${MAP_FORMAT}", got ${describeValue(raw)}`));
  }
  const format = own(raw, 'format');
  if (format !== MAP_FORMAT && format !== WORKSPACE_FORMAT) {
    return err(
      notOurs('format', `expected "${MAP_FORMAT}" or "${WORKSPACE_FORMAT}", got ${describeValue(format)}`),
    );
  }
  const version = own(raw, 'version');
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return err(
      invalidFile([
        {
          path: 'version',
          message: `expected a whole version number such as ${CURRENT_VERSION}, got ${describeValue(version)}`,
        },
      ]),
    );
  }
  if (version > CURRENT_VERSION) return err(newerVersion(version));
  return ok({ kind: format === MAP_FORMAT ? 'map' : 'workspace', version, file: raw });
}

import { z } from 'zod/mini';
import { LIMITS } from '../limits';
import { describeValue } from './common';
import { mapSchema } from './map';

export const MAP_FORMAT = 'obvious.decision-map';
export const WORKSPACE_FORMAT = 'obvious.workspace';
/** The newest file version this code reads and the one it writes. */
export const CURRENT_VERSION = 2;

/** When the file was written. Optional on reading: a hand-written file may leave it out. */
const exportedAt = z.optional(
  z
    .string({ error: (iss) => `expected a date and time, got ${describeValue(iss.input)}` })
    .check(z.maxLength(40)),
);

const versionOf = <V extends number>(version: V) =>
  z.literal(version, { error: (iss) => `expected ${version}, got ${describeValue(iss.input)}` });

/** A file holding one map of the given schema, at the given version (FORMAT.md "File"). */
export const mapFileOf = <V extends number, M extends z.ZodMiniType>(version: V, map: M) =>
  z.object({
    format: z.literal(MAP_FORMAT, {
      error: (iss) => `expected "${MAP_FORMAT}", got ${describeValue(iss.input)}`,
    }),
    version: versionOf(version),
    exportedAt,
    map,
  });

/** A file holding several maps of the given schema, at the given version. */
export const workspaceFileOf = <V extends number, M extends z.ZodMiniType>(version: V, map: M) =>
  z.object({
    format: z.literal(WORKSPACE_FORMAT, {
      error: (iss) => `expected "${WORKSPACE_FORMAT}", got ${describeValue(iss.input)}`,
    }),
    version: versionOf(version),
    exportedAt,
    maps: z.array(map).check(z.maxLength(LIMITS.maps)),
  });

/** A file holding one decision map, as this version writes it. */
export const mapFileSchema = mapFileOf(CURRENT_VERSION, mapSchema);
export type MapFile = z.infer<typeof mapFileSchema>;

/** A file holding several maps, e.g. a market's history across quarters. */
export const workspaceFileSchema = workspaceFileOf(CURRENT_VERSION, mapSchema);
export type WorkspaceFile = z.infer<typeof workspaceFileSchema>;

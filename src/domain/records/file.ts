import { z } from 'zod/mini';
import { LIMITS } from '../limits';
import { describeValue } from './common';
import { mapSchema } from './map';

export const MAP_FORMAT = 'obvious.decision-map';
export const WORKSPACE_FORMAT = 'obvious.workspace';
/** The newest file version this code reads and the one it writes. */
export const CURRENT_VERSION = 1;

/** When the file was written. Optional on reading: a hand-written file may leave it out. */
const exportedAt = z.optional(
  z.string({ error: (iss) => `expected a date and time, got ${describeValue(iss.input)}` }).check(z.maxLength(40)),
);

/** A file holding one decision map (FORMAT.md "File"). */
export const mapFileSchema = z.object({
  format: z.literal(MAP_FORMAT, { error: (iss) => `expected "${MAP_FORMAT}", got ${describeValue(iss.input)}` }),
  version: z.literal(CURRENT_VERSION, { error: (iss) => `expected ${CURRENT_VERSION}, got ${describeValue(iss.input)}` }),
  exportedAt,
  map: mapSchema,
});
export type MapFile = z.infer<typeof mapFileSchema>;

/** A file holding several maps, e.g. a market's history across quarters. */
export const workspaceFileSchema = z.object({
  format: z.literal(WORKSPACE_FORMAT, { error: (iss) => `expected "${WORKSPACE_FORMAT}", got ${describeValue(iss.input)}` }),
  version: z.literal(CURRENT_VERSION, { error: (iss) => `expected ${CURRENT_VERSION}, got ${describeValue(iss.input)}` }),
  exportedAt,
  maps: z.array(mapSchema).check(z.maxLength(LIMITS.maps)),
});
export type WorkspaceFile = z.infer<typeof workspaceFileSchema>;

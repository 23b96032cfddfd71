import { z } from 'zod/mini';
import { LIMITS } from '../limits';
import { approverSchema } from './approver';
import { evidenceV1Schema } from './common';
import { mapFileOf, workspaceFileOf } from './file';
import { frictionSchema } from './friction';
import { mapShapeSchema } from './map';
import { proofSchema } from './proof';
import { riskSchema } from './risk';

/*
 * Version 1 of the format as released, for its published JSON Schema only (public/schema/*.v1.json):
 * version 1 files are read by migrating them to the current version first (format/migrations.ts).
 * Built from today's records: version 2 added evidence's `source` and `by` and the map's `deals`.
 */

const evidenceV1 = {
  evidence: z.optional(z.array(evidenceV1Schema).check(z.maxLength(LIMITS.evidenceItems))),
};

const nodeV1Schema = z.discriminatedUnion('kind', [
  z.extend(approverSchema, evidenceV1),
  z.extend(proofSchema, evidenceV1),
  z.extend(riskSchema, evidenceV1),
  z.extend(frictionSchema, evidenceV1),
]);

const mapV1Schema = z.extend(z.omit(mapShapeSchema, { deals: true }), {
  nodes: z.array(nodeV1Schema).check(z.maxLength(LIMITS.nodes)),
});

export const mapFileV1Schema = mapFileOf(1, mapV1Schema);
export const workspaceFileV1Schema = workspaceFileOf(1, mapV1Schema);

import { z } from 'zod/mini';
import { mapFileSchema, workspaceFileSchema } from '../records/file';
import { mapFileV1Schema, workspaceFileV1Schema } from '../records/versionOne';

const MAP_DESCRIPTION =
  'One market’s buying decision at one point in time: approvers, proofs, risks, frictions, their links, and the plan traced to them.';
const WORKSPACE_DESCRIPTION = 'Several decision maps in one file, e.g. one market’s history across quarters.';

/**
 * The JSON Schemas shipped beside the app (public/schema/), generated from the zod schemas so the
 * two cannot drift apart: every released version, each beside the others. Cross-record rules (unique
 * ids, edge ends, references) and refinements such as text lengths and integer ranges cannot be
 * expressed here; the zod schema is the full contract. `io: 'input'` because unknown keys are
 * allowed in a file (and dropped on import).
 */
export const JSON_SCHEMA_FILES = {
  'decision-map.v1.json': {
    schema: mapFileV1Schema,
    id: 'urn:obvious:schema:decision-map:v1',
    title: 'Obvious decision map file, version 1',
    description: MAP_DESCRIPTION,
  },
  'workspace.v1.json': {
    schema: workspaceFileV1Schema,
    id: 'urn:obvious:schema:workspace:v1',
    title: 'Obvious workspace file, version 1',
    description: WORKSPACE_DESCRIPTION,
  },
  'decision-map.v2.json': {
    schema: mapFileSchema,
    id: 'urn:obvious:schema:decision-map:v2',
    title: 'Obvious decision map file, version 2',
    description: `${MAP_DESCRIPTION} Version 2 adds where each piece of evidence came from and the deal record.`,
  },
  'workspace.v2.json': {
    schema: workspaceFileSchema,
    id: 'urn:obvious:schema:workspace:v2',
    title: 'Obvious workspace file, version 2',
    description: WORKSPACE_DESCRIPTION,
  },
} as const;

export type JsonSchemaFileName = keyof typeof JSON_SCHEMA_FILES;

/** One schema file's text: `$schema`, `$id`, `title`, `description` first, 2-space indentation, trailing newline. */
export function jsonSchemaText(name: JsonSchemaFileName): string {
  const { schema, id, title, description } = JSON_SCHEMA_FILES[name];
  const { $schema, ...body } = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify({ $schema, $id: id, title, description, ...body }, null, 2)}\n`;
}

/** Writes public/schema/*.json from the zod schemas (`npm run schema`). A test fails when they are out of date. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSON_SCHEMA_FILES, jsonSchemaText, type JsonSchemaFileName } from '../src/domain/format/jsonSchema';

const folder = new URL('../public/schema/', import.meta.url);
for (const name of Object.keys(JSON_SCHEMA_FILES) as JsonSchemaFileName[]) {
  const target = new URL(name, folder);
  writeFileSync(target, jsonSchemaText(name));
  console.log(`wrote ${fileURLToPath(target)}`);
}

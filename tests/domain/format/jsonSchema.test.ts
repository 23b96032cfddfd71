/** The JSON Schema shipped in public/schema/: up to date with the zod schema, and it accepts our files. */
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import {
  JSON_SCHEMA_FILES,
  jsonSchemaText,
  type JsonSchemaFileName,
} from '../../../src/domain/format/jsonSchema';
import { deleteAt, rawFile, setAt } from './fileBuilders';
import { fixturesOf, readRepoFile, sampleMapText } from './fixtureFiles';

const names = Object.keys(JSON_SCHEMA_FILES) as JsonSchemaFileName[];

describe('committed JSON Schema files', () => {
  it.each(names)('public/schema/%s is what `npm run schema` writes today', (name) => {
    expect(readRepoFile(`public/schema/${name}`), 'out of date: run `npm run schema`').toBe(
      jsonSchemaText(name),
    );
  });
});

describe('validating files against the JSON Schema', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  const validateMap = ajv.compile(JSON.parse(readRepoFile('public/schema/decision-map.v1.json')) as object);
  const validateWorkspace = ajv.compile(
    JSON.parse(readRepoFile('public/schema/workspace.v1.json')) as object,
  );
  const validatorFor = (file: unknown) =>
    (file as { format?: string }).format === 'obvious.workspace' ? validateWorkspace : validateMap;

  it.each([['public/sample-map.json', sampleMapText()], ...fixturesOf('v1')])(
    '%s is valid',
    (_name, text) => {
      const file: unknown = JSON.parse(text);
      const validate = validatorFor(file);
      expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
    },
  );

  it.each([
    ['a node without a kind', (f: object) => deleteAt(f, ['map', 'nodes', 0, 'kind']), '/map/nodes/0'],
    ['an unknown stance', (f: object) => setAt(f, ['map', 'nodes', 0, 'stance'], 'hostile'), '/map/nodes/0'],
    ['severity as text', (f: object) => setAt(f, ['map', 'nodes', 3, 'severity'], 'high'), '/map/nodes/3'],
    [
      'an unknown edge kind',
      (f: object) => setAt(f, ['map', 'edges', 0, 'kind'], 'likes'),
      '/map/edges/0/kind',
    ],
    ['a wrong format', (f: object) => setAt(f, ['format'], 'excalidraw'), '/format'],
    ['version 2', (f: object) => setAt(f, ['version'], 2), '/version'],
    ['no plan', (f: object) => deleteAt(f, ['map', 'plan']), '/map'],
  ])('refuses %s', (_name, breakIt, where) => {
    const file = rawFile();
    expect(validateMap(file)).toBe(true);
    breakIt(file);
    expect(validateMap(file)).toBe(false);
    expect(validateMap.errors?.some((e) => e.instancePath.startsWith(where))).toBe(true);
  });
});

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
  const compiled = (name: JsonSchemaFileName) =>
    ajv.compile(JSON.parse(readRepoFile(`public/schema/${name}`)) as object);
  const validators = {
    1: { map: compiled('decision-map.v1.json'), workspace: compiled('workspace.v1.json') },
    2: { map: compiled('decision-map.v2.json'), workspace: compiled('workspace.v2.json') },
  };
  const validateMap = validators[2].map;
  const validatorFor = (file: unknown, version: 1 | 2) =>
    (file as { format?: string }).format === 'obvious.workspace'
      ? validators[version].workspace
      : validators[version].map;

  it.each([['public/sample-map.json', sampleMapText()], ...fixturesOf('v2')])(
    '%s is valid against version 2',
    (_name, text) => {
      const file: unknown = JSON.parse(text);
      const validate = validatorFor(file, 2);
      expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
    },
  );

  it.each(fixturesOf('v1'))('%s (version 1) is valid against version 1, not version 2', (_name, text) => {
    const file: unknown = JSON.parse(text);
    const validate = validatorFor(file, 1);
    expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
    expect(validatorFor(file, 2)(file)).toBe(false);
  });

  it('version 2 requires every evidence entry to say its source', () => {
    const file = rawFile();
    expect(validateMap(file)).toBe(true);
    deleteAt(file, ['map', 'nodes', 2, 'evidence', 0, 'source']);
    expect(validateMap(file)).toBe(false);
    expect(validateMap.errors?.some((e) => e.instancePath === '/map/nodes/2/evidence/0')).toBe(true);
  });

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
    ['version 3', (f: object) => setAt(f, ['version'], 3), '/version'],
    [
      'a deal with an unknown outcome',
      (f: object) => setAt(f, ['map', 'deals'], [{ id: 'd', name: 'D', outcome: 'maybe', stalledAt: [] }]),
      '/map/deals/0/outcome',
    ],
    [
      'an unknown evidence source',
      (f: object) => setAt(f, ['map', 'nodes', 2, 'evidence', 0, 'source'], 'gut'),
      '/map/nodes/2',
    ],
    ['no plan', (f: object) => deleteAt(f, ['map', 'plan']), '/map'],
  ])('refuses %s', (_name, breakIt, where) => {
    const file = rawFile();
    expect(validateMap(file)).toBe(true);
    breakIt(file);
    expect(validateMap(file)).toBe(false);
    expect(validateMap.errors?.some((e) => e.instancePath.startsWith(where))).toBe(true);
  });
});

/** The released fixtures and the sample map, read as text. */
import { readdirSync, readFileSync } from 'node:fs';

const root = new URL('../../../', import.meta.url);

export const readRepoFile = (path: string): string => readFileSync(new URL(path, root), 'utf8');

/** Every file of one released version: [name, text]. */
export const fixturesOf = (version: string): [string, string][] =>
  readdirSync(new URL(`tests/fixtures/${version}/`, root))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => [name, readRepoFile(`tests/fixtures/${version}/${name}`)]);

export const sampleMapText = (): string => readRepoFile('public/sample-map.json');

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serializeMapFile } from '../../src/domain/format/serialize';
import { makeApprover, makeMap, makeProof, requires } from '../builders';
import { FIXTURES, STACK_TRACE, obvious, tempFolder } from './runObvious';

const folder = tempFolder();
afterAll(() => folder.remove());

const cfo = makeApprover({ id: 'cfo', label: 'CFO', veto: true });
const soc2 = makeProof({ id: 'soc2', label: 'SOC 2 report' });
const validText = serializeMapFile(
  makeMap({ nodes: [cfo, soc2], edges: [requires(cfo, soc2)] }),
  '2026-09-24T09:00:00.000Z',
);

/** The valid file with its JSON changed by `edit`. */
const edited = (
  edit: (file: { map: { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] } }) => void,
): string => {
  const file = JSON.parse(validText) as {
    map: { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] };
  };
  edit(file);
  return JSON.stringify(file);
};

describe('obvious validate', () => {
  it.each([
    'minimal.obvious.json',
    'every-field.obvious.json',
    'sample-2026-q3.obvious.json',
    'workspace-three-quarters.obvious.json',
  ])('prints "valid" and exits 0 for the released fixture %s', (name) => {
    const run = obvious(['validate', join(FIXTURES, name)]);
    expect(run).toEqual({ status: 0, stdout: 'valid\n', stderr: '' });
  });

  it('names each problem by its path, one line each, and exits 1', () => {
    const file = folder.write(
      'two-problems.json',
      edited((f) => {
        f.map.nodes[0] = { ...f.map.nodes[0], influence: 9 };
        f.map.nodes[1] = { ...f.map.nodes[1], kind: 'risk', severity: 7, reduction: 'none' };
      }),
    );
    const run = obvious(['validate', file]);
    expect(run.status).toBe(1);
    expect(run.stdout.trimEnd().split('\n')).toEqual([
      'map.nodes[0].influence: expected an integer from 1 to 5, got 9',
      'map.nodes[1].severity: expected an integer from 1 to 5, got 7',
    ]);
    expect(run.stderr).toContain('2 problems');
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });

  it('names problems across records too: an edge to a node that does not exist', () => {
    const file = folder.write(
      'dangling.json',
      edited((f) => f.map.edges.push({ id: 'dangling', kind: 'requires', source: 'cfo', target: 'nobody' })),
    );
    const run = obvious(['validate', file]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^map\.edges\[1\]\.target: .*"nobody"/m);
  });

  it.each([
    ['not JSON at all', 'this is not json'],
    ['cut off half way', validText.slice(0, validText.length / 2)],
    ['empty', ''],
    ['JSON, but not a map file', '{"hello": "world"}'],
    ['from a newer version', edited((f) => Object.assign(f, { version: 99 }))],
  ])('a file that is %s: one line per problem on stdout, exit 1, no stack trace', (_name, text) => {
    const run = obvious(['validate', folder.write('bad.json', text)]);
    expect(run.status).toBe(1);
    expect(run.stdout.trim()).not.toBe('');
    expect(run.stdout).not.toMatch(/^valid$/m);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });

  it('reads standard input for "-"', () => {
    expect(obvious(['validate', '-'], { input: validText })).toMatchObject({ status: 0, stdout: 'valid\n' });
    const bad = obvious(['validate', '-'], {
      input: edited((f) => (f.map.nodes[0] = { ...f.map.nodes[0], influence: 9 })),
    });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('map.nodes[0].influence: expected an integer from 1 to 5, got 9');
    expect(bad.stderr).toContain('standard input');
  });

  it('reads a UTF-16 file as the app does (the domain decodes bytes)', () => {
    const bom = Buffer.from([0xff, 0xfe]);
    const file = folder.write(
      'utf16.json',
      Buffer.concat([
        bom,
        Buffer.from(readFileSync(join(FIXTURES, 'minimal.obvious.json'), 'utf8'), 'utf16le'),
      ]),
    );
    expect(obvious(['validate', file])).toMatchObject({ status: 0, stdout: 'valid\n' });
  });

  it('refuses a file over 20 MB with the size limit in the message', () => {
    const file = folder.write('huge.json', Buffer.alloc(21 * 1024 * 1024, 0x20));
    const run = obvious(['validate', file]);
    expect(run.status).toBe(1);
    expect(run.stdout + run.stderr).toMatch(/20 MB/);
    expect(run.stdout + run.stderr).toMatch(/21\.0 MB/);
  });
});

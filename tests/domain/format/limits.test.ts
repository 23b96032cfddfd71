/** FORMAT.md limits: refused quickly, with a message that says the limit, before the expensive stages run. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseMapFile } from '../../../src/domain/format/parseMapFile';
import { checkTextSize, utf8ByteLength } from '../../../src/domain/format/readJson';
import { mapFileSchema } from '../../../src/domain/records/file';
import { LIMITS } from '../../../src/domain/limits';
import { makeProof } from '../../builders';
import { expectLoaded, expectRefused, fileText, smallMap } from './fileBuilders';

const timed = <T>(run: () => T): { value: T; ms: number } => {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
};

afterEach(() => vi.restoreAllMocks());

describe('file size', () => {
  it('refuses a file over 20 MB before JSON.parse sees it, in well under a second', () => {
    const text = `{"format":"obvious.decision-map","notes":"${'a'.repeat(LIMITS.fileBytes)}"}`;
    const parse = vi.spyOn(JSON, 'parse');
    const { value, ms } = timed(() => parseMapFile(text));
    const error = expectRefused(value, 'too-large');
    expect(parse).not.toHaveBeenCalled();
    expect(ms).toBeLessThan(250);
    expect(error.summary).toContain('20 MB');
    expect(error.problems[0]?.message).toContain('20 MB');
  });

  it('counts UTF-8 bytes, not characters, near the limit', () => {
    // 'é' is one UTF-16 unit but two UTF-8 bytes: 10.5 million of them are 21 MB.
    const overByBytes = 'é'.repeat(Math.ceil(LIMITS.fileBytes / 2) + 1);
    expect(overByBytes.length).toBeLessThan(LIMITS.fileBytes);
    expect(checkTextSize(overByBytes).ok).toBe(false);
    const underByBytes = 'é'.repeat(Math.floor(LIMITS.fileBytes / 2) - 1);
    expect(checkTextSize(underByBytes).ok).toBe(true);
  });

  it.each([
    ['ascii', 'abc', 3],
    ['two-byte', 'é', 2],
    ['three-byte', '€', 3],
    ['surrogate pair', '🚀', 4],
    ['lone surrogate (encoded as U+FFFD)', '\ud800', 3],
    ['mixed', 'a€🚀é', 10],
  ])('measures %s text as TextEncoder does', (_name, text, bytes) => {
    expect(utf8ByteLength(text)).toBe(bytes);
    expect(new TextEncoder().encode(text).length).toBe(bytes);
  });
});

describe('collection limits', () => {
  const proofs = (count: number) =>
    Array.from({ length: count }, (_, i) => makeProof({ id: `p${i}`, label: 'Proof' }));

  it('refuses 20,001 nodes quickly, before the schema walks them', () => {
    const text = fileText(smallMap({ nodes: proofs(LIMITS.nodes + 1), edges: [], plan: [] }));
    const schema = vi.spyOn(mapFileSchema, 'safeParse');
    const { value, ms } = timed(() => parseMapFile(text));
    const error = expectRefused(value, 'invalid');
    expect(error.problems).toEqual([
      { path: 'map.nodes', message: 'at most 20,000 nodes are allowed, got 20,001' },
    ]);
    expect(schema).not.toHaveBeenCalled();
    expect(ms).toBeLessThan(1000);
  });

  it('accepts exactly 20,000 nodes', () => {
    const map = expectLoaded(
      parseMapFile(fileText(smallMap({ nodes: proofs(LIMITS.nodes), edges: [], plan: [] }))),
    );
    expect(map.nodes).toHaveLength(LIMITS.nodes);
  });

  it('refuses more than 100,000 edges and 20,000 plan items by name', () => {
    const text = JSON.stringify({
      format: 'obvious.decision-map',
      version: 1,
      exportedAt: 'now',
      map: {
        nodes: [],
        edges: new Array(LIMITS.edges + 1).fill(0),
        plan: new Array(LIMITS.planItems + 1).fill(0),
      },
    });
    const error = expectRefused(parseMapFile(text), 'invalid');
    expect(error.problems).toEqual([
      { path: 'map.edges', message: 'at most 100,000 edges are allowed, got 100,001' },
      { path: 'map.plan', message: 'at most 20,000 plan items are allowed, got 20,001' },
    ]);
  });

  it('lists the first 200 problems and counts the rest', () => {
    const map = smallMap({ nodes: proofs(450), edges: [], plan: [] });
    const broken = JSON.parse(fileText(map)) as { map: { nodes: { status: string }[] } };
    broken.map.nodes.forEach((node) => (node.status = 'done'));
    const error = expectRefused(parseMapFile(JSON.stringify(broken)), 'invalid');
    expect(error.summary).toBe('This file has 450 problems, so it was not opened.');
    expect(error.problems).toHaveLength(201);
    expect(error.problems[199]?.path).toBe('map.nodes[199].status');
    expect(error.problems[200]).toEqual({ path: '', message: 'and 250 more problems not listed' });
  });
});

describe('deep nesting', () => {
  const deepArray = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;
  const deepObject = (depth: number): string => `${'{"a":'.repeat(depth)}0${'}'.repeat(depth)}`;

  it.each([
    ['arrays under an unknown key of the map', deepArray(20_000)],
    ['objects under an unknown key of the map', deepObject(20_000)],
  ])('20,000 levels of %s load the map and are dropped', (_name, deep) => {
    const text = fileText().replace('"map": {', `"map": {"x-deep": ${deep},`);
    expect(text).toContain('x-deep');
    expect(expectLoaded(parseMapFile(text))).toEqual(smallMap());
  });

  it('20,000 levels of objects as a node label are refused by name', () => {
    const text = fileText().replace('"label": "CFO"', `"label": ${deepObject(20_000)}`);
    const error = expectRefused(parseMapFile(text), 'invalid');
    expect(error.problems).toEqual([{ path: 'map.nodes[0].label', message: 'expected text, got an object' }]);
  });
});

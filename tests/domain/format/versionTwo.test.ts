/** Version 2 of the format: version 1 files carried forward, and version 2 maps round-tripped. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evidenceWithSource, migrateFile, type JsonObject } from '../../../src/domain/format/migrations';
import { openFile, parseMapFile } from '../../../src/domain/format/parseMapFile';
import { serializeMapFile } from '../../../src/domain/format/serialize';
import { arbitraryMapWithDeals } from '../../builders';
import { EXPORTED_AT, expectLoaded, rawFile } from './fileBuilders';
import { readRepoFile } from './fixtureFiles';

const v1Text = readRepoFile('tests/fixtures/v1/every-field.obvious.json');
const v1 = (): JsonObject => JSON.parse(v1Text) as JsonObject;

describe('a version 1 file', () => {
  it('opens with every evidence entry marked "unspecified" and an empty deal record', () => {
    const map = expectLoaded(parseMapFile(v1Text));
    const evidence = map.nodes.flatMap((n) => n.evidence ?? []);
    expect(evidence.length).toBeGreaterThan(0);
    expect(evidence.every((e) => e.source === 'unspecified' && e.by === undefined)).toBe(true);
    expect(map.deals).toEqual([]);
  });

  it('never interprets a source, a recorder or deals it carried: version 1 had none', () => {
    const file = v1() as { map: { nodes: { evidence?: object[] }[]; deals?: unknown } };
    const node = file.map.nodes.find((n) => n.evidence !== undefined)!;
    node.evidence![0] = { ...node.evidence![0], source: 'buyer', by: 'Someone' };
    file.map.deals = [{ id: 'd', name: 'Smuggled', outcome: 'won', stalledAt: [] }];
    const map = expectLoaded(parseMapFile(JSON.stringify(file)));
    expect(map.nodes.flatMap((n) => n.evidence ?? [])[0]).not.toHaveProperty('by');
    expect(map.nodes.flatMap((n) => n.evidence ?? [])[0]?.source).toBe('unspecified');
    expect(map.deals).toEqual([]);
  });

  it('is migrated without changing the object it was read into', () => {
    const file = v1();
    const before = structuredClone(file);
    expectLoaded(migrateFile(file, 1));
    expect(file).toEqual(before);
  });

  it('as a workspace, has every map migrated', () => {
    const text = readRepoFile('tests/fixtures/v1/workspace-three-quarters.obvious.json');
    const opened = expectLoaded(openFile(text));
    expect(opened.kind === 'workspace' && opened.maps.map((m) => m.deals)).toEqual([[], [], []]);
  });

  it('with broken evidence still gets a named problem, at its version 2 path', () => {
    const file = v1() as { map: { nodes: { evidence?: { date?: string }[] }[] } };
    const index = file.map.nodes.findIndex((n) => n.evidence !== undefined);
    file.map.nodes[index]!.evidence![0]!.date = '31/12/2025';
    const result = parseMapFile(JSON.stringify(file));
    expect(result.ok ? [] : result.error.problems).toEqual([
      {
        path: `map.nodes[${index}].evidence[0].date`,
        message: 'expected a date as YYYY-MM-DD, got "31/12/2025"',
      },
    ]);
  });
});

describe('a version 2 file', () => {
  it('goes out and comes back unchanged, deals and evidence sources included', () => {
    fc.assert(
      fc.property(arbitraryMapWithDeals(), (map) => {
        expect(expectLoaded(parseMapFile(serializeMapFile(map, EXPORTED_AT)))).toEqual(map);
      }),
      { numRuns: 150 },
    );
  });

  it('may leave the deal record out: it reads as none', () => {
    const file = rawFile();
    expect(file.version).toBe(2);
    expect(expectLoaded(parseMapFile(JSON.stringify(file))).deals).toBeUndefined();
  });
});

describe('evidence in a live document written before version 2', () => {
  it('gets "unspecified" only where it has no source yet', () => {
    expect(evidenceWithSource({ text: 'old' })).toEqual({ text: 'old', source: 'unspecified' });
    expect(evidenceWithSource({ text: 'new', source: 'buyer' })).toEqual({ text: 'new', source: 'buyer' });
    expect(evidenceWithSource('not an entry')).toBe('not an entry');
  });
});

/** The one way out: stable bytes, FORMAT.md's field order, and a lossless round trip. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapFileName } from '../../../src/domain/format/mapFileName';
import { openFile, parseMapFile } from '../../../src/domain/format/parseMapFile';
import { serializeMapFile, serializeWorkspaceFile } from '../../../src/domain/format/serialize';
import type { DecisionMap } from '../../../src/domain/records/map';
import {
  arbitraryMap,
  makeApprover,
  makeFriction,
  makeMap,
  makePlanItem,
  makeProof,
  makeRisk,
} from '../../builders';
import { EXPORTED_AT, expectLoaded, smallMap } from './fileBuilders';

/** arbitraryMap varies the records; this varies the map's own fields too. */
const arbitraryFullMap = (): fc.Arbitrary<DecisionMap> =>
  fc
    .record({
      map: arbitraryMap({ oddLabels: true }),
      title: fc.string({ minLength: 1, maxLength: 200 }),
      decision: fc.string({ maxLength: 80 }),
      market: fc.string({ maxLength: 80 }),
      basedOn: fc.option(fc.constantFrom('map-0', 'q2'), { nil: undefined }),
      notes: fc.option(fc.string({ maxLength: 80 }), { nil: undefined }),
    })
    .map(({ map, basedOn, notes, ...fields }) => ({
      ...map,
      ...fields,
      ...(basedOn === undefined ? {} : { basedOn }),
      ...(notes === undefined ? {} : { notes }),
    }));

describe('round trip', () => {
  it('parse(serialize(map)) equals the map, and serializing again gives the same bytes', () => {
    fc.assert(
      fc.property(arbitraryFullMap(), (map) => {
        const text = serializeMapFile(map, EXPORTED_AT);
        const parsed = expectLoaded(parseMapFile(text));
        expect(parsed).toEqual(map);
        expect(serializeMapFile(parsed, EXPORTED_AT)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('a workspace round-trips too, maps in the order given', () => {
    fc.assert(
      fc.property(fc.array(arbitraryMap(), { maxLength: 4 }), (maps) => {
        const distinct = maps.map((m, i) => ({ ...m, id: `map-${i}` }));
        const opened = expectLoaded(openFile(serializeWorkspaceFile(distinct, EXPORTED_AT)));
        expect(opened).toEqual({ kind: 'workspace', maps: distinct });
      }),
      { numRuns: 100 },
    );
  });
});

describe('stable bytes', () => {
  it('two exports of the same map are byte-identical', () => {
    expect(serializeMapFile(smallMap(), EXPORTED_AT)).toBe(serializeMapFile(smallMap(), EXPORTED_AT));
  });

  it('writes 2-space indentation and a trailing newline', () => {
    const text = serializeMapFile(makeMap(), EXPORTED_AT);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "format": "obvious.decision-map",');
  });

  it('orders fields as FORMAT.md does, whatever order the objects were built in', () => {
    const scrambled = (node: object): object => Object.fromEntries(Object.entries(node).reverse());
    const map = makeMap({
      notes: 'n',
      basedOn: 'q2',
      nodes: [
        makeApprover({
          id: 'a',
          notes: 'x',
          evidence: [{ by: 'Ana', source: 'buyer', date: '2026-01-02', url: 'https://e.example', text: 't' }],
        }),
        makeProof({ id: 'p' }),
        makeRisk({ id: 'r' }),
        makeFriction({ id: 'f' }),
      ].map(scrambled) as DecisionMap['nodes'],
      deals: [
        scrambled({
          notes: 'n',
          stalledAt: ['p'],
          closedOn: '2026-05-01',
          outcome: 'lost',
          name: 'Acme',
          id: 'd',
        }),
      ] as DecisionMap['deals'],
      plan: [
        scrambled(
          makePlanItem({ id: 'i', owner: 'o', notes: 'n', addresses: ['p'] }),
        ) as DecisionMap['plan'][number],
      ],
    });
    const file = JSON.parse(serializeMapFile(scrambled(map) as DecisionMap, EXPORTED_AT)) as {
      map: { nodes: object[]; plan: object[] } & object;
    };
    const keys = (o: object | undefined) => Object.keys(o ?? {});
    expect(keys(file)).toEqual(['format', 'version', 'exportedAt', 'map']);
    expect(keys(file.map)).toEqual([
      'id',
      'title',
      'decision',
      'market',
      'period',
      'basedOn',
      'nodes',
      'edges',
      'plan',
      'deals',
      'notes',
    ]);
    expect(file.map.nodes.map(keys)).toEqual([
      ['id', 'kind', 'label', 'role', 'veto', 'influence', 'stance', 'notes', 'position', 'evidence'],
      ['id', 'kind', 'label', 'status', 'position'],
      ['id', 'kind', 'label', 'severity', 'reduction', 'position'],
      ['id', 'kind', 'label', 'severity', 'status', 'position'],
    ]);
    expect(keys((file.map.nodes[0] as { evidence: object[] }).evidence[0])).toEqual([
      'text',
      'url',
      'date',
      'source',
      'by',
    ]);
    expect(keys((file.map as unknown as { deals: object[] }).deals[0])).toEqual([
      'id',
      'name',
      'outcome',
      'closedOn',
      'stalledAt',
      'notes',
    ]);
    expect(file.map.plan.map(keys)).toEqual([['id', 'title', 'category', 'addresses', 'owner', 'notes']]);
  });

  it('keeps the user’s order of nodes, edges and plan items', () => {
    const map = smallMap();
    const reversed = { ...map, nodes: [...map.nodes].reverse(), edges: [...map.edges].reverse() };
    const file = JSON.parse(serializeMapFile(reversed, EXPORTED_AT)) as { map: DecisionMap };
    expect(file.map.nodes.map((n) => n.id)).toEqual(['sso', 'lock-in', 'soc2', 'legal', 'cfo']);
    expect(file.map.edges.map((e) => e.id)).toEqual(reversed.edges.map((e) => e.id));
  });

  it('leaves out optional fields that are undefined and anything the map should not carry', () => {
    const map = { ...makeMap({ notes: undefined, basedOn: undefined }), selected: true } as DecisionMap;
    const text = serializeMapFile(map, EXPORTED_AT);
    expect(text).not.toMatch(/notes|basedOn|selected/);
  });

  it('stamps the time of export when none is given', () => {
    const file = JSON.parse(serializeMapFile(makeMap())) as { exportedAt: string };
    expect(Date.parse(file.exportedAt)).not.toBeNaN();
  });
});

describe('mapFileName', () => {
  it.each([
    ['Mid-market finance teams', '2026-Q3', 'mid-market-finance-teams-2026-q3.obvious.json'],
    ['Équipes Finance / DACH', '2026-Q1', 'equipes-finance-dach-2026-q1.obvious.json'],
    ['../../etc/passwd', '', 'etc-passwd.obvious.json'],
    ['CON: <script>alert(1)</script>', 'Q4', 'con-script-alert-1-script-q4.obvious.json'],
    ['🚀🚀🚀', '', 'decision-map.obvious.json'],
    ['x'.repeat(200), '2026-Q3', `${'x'.repeat(80)}.obvious.json`],
  ])('%s, %s → %s', (title, period, name) => {
    expect(mapFileName({ title, period })).toBe(name);
  });

  it('uses only safe characters, whatever the title', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 40 }), (title, period) => {
        expect(mapFileName({ title, period })).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.obvious\.json$/);
      }),
    );
  });
});

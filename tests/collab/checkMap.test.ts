import fc from 'fast-check';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { checkMap } from '../../src/collab/doc/checkMap';
import { COLLECTIONS, mapDoc } from '../../src/collab/doc/mapDoc';
import { readMapDoc, type DocReading } from '../../src/collab/doc/readMapDoc';
import { mapSchema, type DecisionMap } from '../../src/domain/records/map';
import { arbitraryMap, makeMap, nodeById } from '../builders';
import { docWith } from './livePeers';

/** What the reading would be as a plain map object: the input mapSchema would get. */
const asPlainMap = (reading: DocReading) => ({
  ...reading.fields,
  nodes: reading.nodes.map((r) => r.fields),
  edges: reading.edges.map((r) => r.fields),
  plan: reading.plan.map((r) => r.fields),
});

const JUNK: readonly unknown[] = [
  '',
  'a1',
  'p1',
  'fears',
  'influences',
  'requires',
  'x'.repeat(301),
  -1,
  0,
  7,
  1.5,
  null,
  true,
  { x: 1 },
  [],
  ['nobody'],
  'unknown',
  'approver',
  'javascript:alert(1)',
  [{ text: 'ok', url: 'javascript:x' }],
  { x: 'far', y: 0 },
  { x: 2e6, y: 0 },
];
const FIELDS = [
  'id',
  'kind',
  'label',
  'position',
  'evidence',
  'stance',
  'influence',
  'veto',
  'role',
  'status',
  'severity',
  'reduction',
  'source',
  'target',
  'title',
  'category',
  'addresses',
  'owner',
  'notes',
];
const MAP_KEYS = ['id', 'title', 'decision', 'market', 'period', 'basedOn', 'notes'];

interface Corruption {
  where: 'map' | (typeof COLLECTIONS)[number];
  index: number;
  field: number;
  junk: number;
}
const corruption: fc.Arbitrary<Corruption> = fc.record({
  where: fc.constantFrom('map' as const, ...COLLECTIONS),
  index: fc.nat(),
  field: fc.nat(),
  junk: fc.nat(),
});

/** Writes junk into the document the way a misbehaving peer could. */
function corrupt(doc: Y.Doc, c: Corruption): void {
  const d = mapDoc(doc);
  const junk = JUNK[c.junk % JUNK.length];
  if (c.where === 'map') {
    d.fields.set(MAP_KEYS[c.field % MAP_KEYS.length]!, junk);
    return;
  }
  const list = d[c.where];
  if (list.length === 0) return;
  const record = list.get(c.index % list.length);
  if (record instanceof Y.Map) record.set(FIELDS[c.field % FIELDS.length]!, junk);
}

describe('checkMap: the domain’s validation, record by record', () => {
  it('accepts exactly the maps mapSchema accepts, whatever a peer wrote', () => {
    fc.assert(
      fc.property(
        arbitraryMap({ maxApprovers: 4, maxProofs: 4, maxRisks: 3, maxFrictions: 2, maxPlanItems: 3 }),
        fc.array(corruption, { maxLength: 3 }),
        fc.boolean(),
        (map, corruptions, sameStart) => {
          const doc = docWith(map);
          for (const c of corruptions) corrupt(doc, c);
          const reading = readMapDoc(mapDoc(doc));
          // From the map itself (records shared) or from an unrelated one (every record checked).
          const checked = checkMap(reading, sameStart ? map : makeMap({ id: 'other' }));
          const expected = mapSchema.safeParse(asPlainMap(reading));
          expect(checked.ok).toBe(expected.success);
          if (checked.ok && expected.success) expect(checked.map).toEqual(expected.data);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives back the previous map itself when the document holds the same map', () => {
    fc.assert(
      fc.property(arbitraryMap(), (map) => {
        const checked = checkMap(readMapDoc(mapDoc(docWith(map))), map);
        expect(checked.ok && checked.map).toBe(map);
      }),
      { numRuns: 50 },
    );
  });

  it('shares every record that did not change', () => {
    const map: DecisionMap = makeMap({
      nodes: [
        {
          id: 'cfo',
          kind: 'approver',
          label: 'CFO',
          position: { x: 0, y: 0 },
          role: 'economic',
          veto: true,
          influence: 5,
          stance: 'neutral',
        },
        { id: 'soc2', kind: 'proof', label: 'SOC 2', position: { x: 0, y: 0 }, status: 'missing' },
      ],
    });
    const doc = docWith(map);
    const soc2 = mapDoc(doc).nodes.get(1);
    if (soc2 instanceof Y.Map) soc2.set('status', 'verified');
    const checked = checkMap(readMapDoc(mapDoc(doc)), map);
    if (!checked.ok) throw new Error('expected a valid map');
    expect(nodeById(checked.map, 'cfo')).toBe(nodeById(map, 'cfo'));
    expect(nodeById(checked.map, 'soc2')).toMatchObject({ status: 'verified' });
    expect(checked.map.edges).toBe(map.edges);
  });
});

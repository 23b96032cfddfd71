import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapFileSchema } from '../../../src/domain/records/file';
import { mapSchema } from '../../../src/domain/records/map';
import {
  arbitraryMap,
  arbitraryMapAndReordering,
  arbitraryMapPair,
  fears,
  makeApprover,
  makeFriction,
  makeMap,
  makeMapFile,
  makePlanItem,
  makeProof,
  makeRisk,
  reduces,
  requires,
  burdens,
  influences,
} from '../../builders';

describe('test builders', () => {
  it('build a valid map and file from defaults and overrides', () => {
    const cfo = makeApprover({ label: 'CFO', veto: true, stance: 'opposed' });
    const it2 = makeApprover({ label: 'IT' });
    const soc2 = makeProof({ status: 'claimed' });
    const audit = makeRisk({ severity: 5 });
    const freeze = makeFriction();
    const map = makeMap({
      nodes: [cfo, it2, soc2, audit, freeze],
      edges: [
        requires(cfo, soc2),
        fears(cfo, audit),
        reduces(soc2, audit),
        burdens(freeze, cfo),
        influences(it2, cfo),
      ],
      plan: [makePlanItem({ addresses: [soc2.id] })],
    });
    expect(cfo).toMatchObject({ kind: 'approver', veto: true, stance: 'opposed', influence: 3 });
    expect(mapSchema.safeParse(map).success).toBe(true);
    expect(mapFileSchema.safeParse(makeMapFile(map)).success).toBe(true);
  });

  it('arbitraryMap only produces valid maps', () => {
    fc.assert(
      fc.property(arbitraryMap({ oddLabels: true }), (map) => {
        const parsed = mapSchema.safeParse(map);
        expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('arbitraryMapAndReordering keeps the same records', () => {
    fc.assert(
      fc.property(arbitraryMapAndReordering(), ([map, reordered]) => {
        const ids = (m: typeof map) =>
          [...m.nodes.map((n) => n.id), ...m.edges.map((e) => e.id), ...m.plan.map((p) => p.id)].sort();
        expect(ids(reordered)).toEqual(ids(map));
      }),
    );
  });
});

describe('arbitraryMapPair', () => {
  it('produces a valid next quarter', () => {
    fc.assert(
      fc.property(arbitraryMapPair(), ([, next]) => {
        const parsed = mapSchema.safeParse(next);
        expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { mapDoc } from '../../src/collab/doc/mapDoc';
import type { DecisionMap } from '../../src/domain/records/map';
import { makeApprover, makeDeal, makeMap, makeProof, nodeById, requires } from '../builders';
import { expectValid } from '../state/helpers';
import { copyOf, docWith, joinPeer, mapInDoc, peersOn } from './livePeers';

/** Format version 2 in a live document: evidence with its source, and the deal record. */

const cfo = makeApprover({ id: 'cfo', label: 'CFO', veto: true });
const soc2 = makeProof({ id: 'soc2', label: 'SOC 2 report' });
const startMap = (): DecisionMap =>
  makeMap({
    nodes: [cfo, soc2],
    edges: [requires(cfo, soc2)],
    plan: [],
    deals: [
      makeDeal({ id: 'acme', name: 'Acme', outcome: 'lost', stalledAt: ['cfo'] }),
      makeDeal({ id: 'globex', name: 'Globex', outcome: 'won', closedOn: '2026-08-20', stalledAt: [] }),
    ],
  });

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('a live document carries format version 2', () => {
  it('holds the deal record, and a person joining sees it', () => {
    const [a] = peersOn(startMap(), 1);
    expect(a!.store.getState().map.deals).toEqual(startMap().deals);
    expect(mapDoc(a!.doc).deals.length).toBe(2);
  });

  it('keeps a map without a deal record without one (not an empty list)', () => {
    const { deals: _, ...withoutDeals } = startMap();
    const [a] = peersOn(withoutDeals, 1);
    expect(a!.store.getState().map).not.toHaveProperty('deals');
  });

  it('shares evidence with its source and who recorded it', () => {
    const [a, b] = peersOn(startMap(), 2);
    const said = { text: 'Needs the audit first', date: '2026-10-01', source: 'buyer' as const, by: 'Ana' };
    a!.store.getState().updateNode('cfo', { evidence: [said] });
    sync(a!.doc, b!.doc);
    b!.binding.flush();
    expect(nodeById(b!.store.getState().map, 'cfo').evidence).toEqual([said]);
  });

  it('reads evidence written before version 2 (no source) as "unspecified", as a file would be', () => {
    const doc = docWith(startMap());
    const record = mapDoc(doc)
      .nodes.toArray()
      .find((r) => r instanceof Y.Map && r.get('id') === 'cfo') as Y.Map<unknown>;
    record.set('evidence', [{ text: 'Old note', date: '2025-01-10' }]);
    const a = joinPeer('a', doc);
    expect(nodeById(a.store.getState().map, 'cfo').evidence).toEqual([
      { text: 'Old note', date: '2025-01-10', source: 'unspecified' },
    ]);
    expectValid(a.store.getState().map);
  });

  it('drops a deleted node from where deals stalled, for everyone', () => {
    const [a, b] = peersOn(startMap(), 2);
    a!.store.getState().select({ nodes: ['cfo'] });
    a!.store.getState().deleteSelection();
    sync(a!.doc, b!.doc);
    b!.binding.flush();
    const acme = b!.store.getState().map.deals?.find((d) => d.id === 'acme');
    expect(acme?.stalledAt).toEqual([]);
    expectValid(b!.store.getState().map);
  });

  it('counts a deal stalled at a node that is gone as a repair, and refuses a deal with an unknown outcome', () => {
    const [b] = peersOn(startMap(), 1);
    const rogue = copyOf(b!.doc);
    const deal = (fields: Record<string, unknown>) => {
      const m = new Y.Map<unknown>();
      for (const [k, v] of Object.entries(fields)) m.set(k, v);
      return m;
    };
    mapDoc(rogue).deals.push([deal({ id: 'initech', name: 'Initech', outcome: 'lost', stalledAt: ['gone'] })]);
    sync(rogue, b!.doc);
    b!.binding.flush();
    expect(b!.store.getState().map.deals?.find((d) => d.id === 'initech')?.stalledAt).toEqual([]);
    expect(b!.binding.stats()).toEqual({ repairs: 1, refused: 0 });

    const before = b!.store.getState().map;
    const rogue2 = copyOf(b!.doc);
    mapDoc(rogue2).deals.push([deal({ id: 'hooli', name: 'Hooli', outcome: 'maybe', stalledAt: [] })]);
    sync(rogue2, b!.doc);
    b!.binding.flush();
    expect(b!.store.getState().map).toBe(before);
    expect(b!.binding.stats().refused).toBe(1);
    expect(mapInDoc(b!.doc, before).deals?.map((d) => d.id)).toEqual(['acme', 'globex', 'initech']);
  });
});

/** Edits keep the deal record true to the map: a deleted node leaves no stall behind; next quarter keeps the record. */
import { describe, expect, it } from 'vitest';
import { deleteItems } from '../../../src/domain/edits/mapEdits';
import { startNextQuarter } from '../../../src/domain/quarters/startNextQuarter';
import { mapSchema } from '../../../src/domain/records/map';
import { makeApprover, makeDeal, makeMap, makeProof } from '../../builders';

const cfo = makeApprover({ id: 'cfo' });
const soc2 = makeProof({ id: 'soc2' });
const map = makeMap({
  nodes: [cfo, soc2],
  deals: [makeDeal({ id: 'd1', stalledAt: ['cfo', 'soc2'] }), makeDeal({ id: 'd2', stalledAt: ['soc2'] })],
});
const none = { nodes: [], edges: [], planItems: [] };

describe('the deal record under edits', () => {
  it('deleting a node removes it from where deals stalled, and the map stays valid', () => {
    const next = deleteItems(map, { ...none, nodes: ['cfo'] });
    expect(next.deals).toEqual([makeDeal({ id: 'd1', stalledAt: ['soc2'] }), map.deals?.[1]]);
    expect(next.deals?.[1]).toBe(map.deals?.[1]);
    expect(mapSchema.safeParse(next).success).toBe(true);
  });

  it('deleting a node no deal stalled at keeps the same deal record', () => {
    const withOther = { ...map, nodes: [...map.nodes, makeProof({ id: 'other' })] };
    expect(deleteItems(withOther, { ...none, nodes: ['other'] }).deals).toBe(withOther.deals);
  });

  it('next quarter starts with the same record, shared with nothing', () => {
    const next = startNextQuarter(map, 'q4');
    expect(next.deals).toEqual(map.deals);
    next.deals?.[0]?.stalledAt.push('x');
    expect(map.deals?.[0]?.stalledAt).toEqual(['cfo', 'soc2']);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapSchema } from '../../../src/domain/records/map';
import { startNextQuarter } from '../../../src/domain/quarters/startNextQuarter';
import { arbitraryMap, makeApprover, makeMap, makePlanItem, makeProof, requires } from '../../builders';

const cfo = makeApprover({ id: 'cfo', label: 'CFO', veto: true, stance: 'skeptical' });
const soc2 = makeProof({
  id: 'soc2',
  label: 'SOC 2 report',
  evidence: [{ text: 'Auditor letter', url: 'https://example.com/soc2', source: 'research' }],
});
const lastQuarter = makeMap({
  id: 'finance-2026-q3',
  period: '2026-Q3',
  notes: 'Agreed in the September workshop',
  nodes: [cfo, soc2],
  edges: [requires(cfo, soc2)],
  plan: [makePlanItem({ id: 'audit', title: 'SOC 2 audit', addresses: ['soc2'] })],
});

describe('startNextQuarter', () => {
  it.each([
    ['2026-Q3', '2026-Q4'],
    ['2026-Q4', '2027-Q1'],
    ['Q4 2026', 'Q1 2027'],
    ['2026-12', '2027-01'],
    ['', ''],
    ['the autumn', ''],
  ])('a map of %j starts next quarter as %j', (period, expected) => {
    expect(startNextQuarter(makeMap({ period }), 'next').period).toBe(expected);
  });

  it('keeps every node, edge and plan item under the same id, with a new map id based on the old one', () => {
    const next = startNextQuarter(lastQuarter, 'finance-2026-q4');
    expect(next.id).toBe('finance-2026-q4');
    expect(next.basedOn).toBe('finance-2026-q3');
    expect(next.title).toBe(lastQuarter.title);
    expect(next.market).toBe(lastQuarter.market);
    expect(next.notes).toBe(lastQuarter.notes);
    expect(next.nodes).toEqual(lastQuarter.nodes);
    expect(next.edges).toEqual(lastQuarter.edges);
    expect(next.plan).toEqual(lastQuarter.plan);
  });

  it('names the map it was started from, not the one that one was based on', () => {
    const q4 = startNextQuarter(lastQuarter, 'q4');
    const q1 = startNextQuarter(q4, 'q1');
    expect(q1.basedOn).toBe('q4');
    expect(q1.period).toBe('2027-Q1');
  });

  it('shares nothing with last quarter: editing the new map leaves the old one as it was', () => {
    const before = structuredClone(lastQuarter);
    const next = startNextQuarter(lastQuarter, 'q4');
    const [node] = next.nodes;
    if (!node) throw new Error('expected a node');
    node.position.x = 999;
    node.evidence?.push({ text: 'new', source: 'team' });
    next.edges[0] = { ...next.edges[0]!, id: 'changed' };
    next.plan[0]?.addresses.push('cfo');
    expect(lastQuarter).toEqual(before);
  });

  it('gives a valid map whatever map it starts from, equal to it but for id, basedOn and period', () => {
    fc.assert(
      fc.property(arbitraryMap(), fc.constantFrom('next-quarter', 'x'), (map, newId) => {
        const next = startNextQuarter(map, newId);
        expect(mapSchema.safeParse(next).success).toBe(true);
        const { id: _id, basedOn: _basedOn, period: _period, ...rest } = next;
        const { id: _oldId, basedOn: _oldBasedOn, period: _oldPeriod, ...oldRest } = map;
        expect(rest).toEqual(oldRest);
      }),
      { numRuns: 50 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/domain/analysis/analyze';
import type { DecisionMap } from '../../../src/domain/records/map';
import { marketGroups, marketHistory } from '../../../src/domain/quarters/marketHistory';
import { arbitraryMap, makeApprover, makeMap, makePlanItem, makeProof, requires } from '../../builders';

const cfo = makeApprover({ id: 'cfo', label: 'CFO', veto: true, stance: 'skeptical' });
const soc2 = makeProof({ id: 'soc2', label: 'SOC 2 report', status: 'missing' });
const decision = { nodes: [cfo, soc2], edges: [requires(cfo, soc2)] };

/** A map of a market in a period; ids name both so failures read well. */
const quarter = (market: string, period: string, overrides: Partial<DecisionMap> = {}): DecisionMap =>
  makeMap({ id: `${market || 'unnamed'}@${period || 'none'}`, market, period, ...decision, ...overrides });

const ids = (maps: readonly { id: string }[]): string[] => maps.map((map) => map.id);

describe('marketGroups', () => {
  it('puts maps of the same market together, whatever the case and spacing of its name', () => {
    const maps = [
      quarter('Mid-market finance', '2026-Q3'),
      quarter('Enterprise', '2026-Q3'),
      quarter('  mid-market  FINANCE', '2026-Q2'),
    ];
    expect(marketGroups(maps).map(ids)).toEqual([
      ['  mid-market  FINANCE@2026-Q2', 'Mid-market finance@2026-Q3'],
      ['Enterprise@2026-Q3'],
    ]);
  });

  it('follows basedOn chains even when a map renamed its market or left it empty', () => {
    const q2 = quarter('Finance', '2026-Q2');
    const q3 = quarter('', '2026-Q3', { basedOn: q2.id });
    const q4 = quarter('Finance teams (renamed)', '2026-Q4', { basedOn: q3.id });
    const other = quarter('', '2026-Q3', { id: 'lonely' });
    expect(marketGroups([q4, other, q3, q2]).map(ids)).toEqual([[q2.id, q3.id, q4.id], ['lonely']]);
  });

  it('never joins two maps just because neither names a market', () => {
    expect(
      marketGroups([quarter('', '2026-Q2', { id: 'a' }), quarter('', '2026-Q3', { id: 'b' })]).map(ids),
    ).toEqual([['a'], ['b']]);
  });

  it('puts every map in exactly one group', () => {
    const mapArb = fc.record({
      market: fc.constantFrom('', 'A', 'a ', 'B'),
      period: fc.constantFrom('', '2026-Q1', '2026-Q2', 'Q3 2026'),
      based: fc.nat(6),
    });
    fc.assert(
      fc.property(fc.array(mapArb, { maxLength: 7 }), (specs) => {
        const maps = specs.map((spec, i) =>
          quarter(spec.market, spec.period, {
            id: `m${i}`,
            ...(spec.based < i ? { basedOn: `m${spec.based}` } : {}),
          }),
        );
        const grouped = marketGroups(maps).flat();
        expect([...ids(grouped)].sort()).toEqual([...ids(maps)].sort());
      }),
    );
  });
});

describe('marketHistory', () => {
  const q2 = quarter('Mid-market finance', '2026-Q2', {
    plan: [makePlanItem({ id: 'hire', addresses: [] })],
  });
  const q3 = quarter('Mid-market finance', '2026-Q3', {
    basedOn: q2.id,
    nodes: [cfo, { ...soc2, status: 'verified' }],
    plan: [makePlanItem({ id: 'audit', addresses: ['soc2'] })],
  });
  const undated = quarter('mid-market Finance', '');
  const enterprise = quarter('Enterprise', '2026-Q1');
  const workspace = [undated, q3, enterprise, q2];

  it('lists the maps of one market by period, empty period last', () => {
    expect(ids(marketHistory(workspace, 'MID-MARKET finance'))).toEqual([q2.id, q3.id, undated.id]);
  });

  it('matches the market name whatever the case and spacing', () => {
    expect(ids(marketHistory(workspace, ' enterprise '))).toEqual([enterprise.id]);
  });

  it('is empty for a market no map names', () => {
    expect(marketHistory(workspace, 'Healthcare')).toEqual([]);
  });

  it('without a market, takes every map given as one market, by period', () => {
    expect(ids(marketHistory(workspace))).toEqual([enterprise.id, q2.id, q3.id, undated.id]);
  });

  it('reports for each period what analyze says: score, constraint and its label, ceiling', () => {
    for (const entry of marketHistory(workspace)) {
      const map = workspace.find((m) => m.id === entry.id) as DecisionMap;
      const analysis = analyze(map);
      expect(entry).toMatchObject({
        title: map.title,
        period: map.period,
        market: map.market,
        score: analysis.score,
        ceiling: analysis.plan.ceiling,
      });
      expect(entry.constraint).toBe(analysis.constraint);
      expect(entry.constraintLabel).toBe(
        map.nodes.find((node) => node.id === analysis.constraint)?.label ?? null,
      );
      expect(entry.constraintLift).toBe(analysis.drivers[0]?.lift ?? null);
    }
  });

  it('the score moves when the constraint is resolved: SOC 2 verified in Q3', () => {
    const [before, after] = marketHistory([q2, q3]);
    expect(before?.constraint).not.toBeNull();
    expect(after?.score).toBeGreaterThan(before?.score ?? Infinity);
  });

  it('counts the plan items that address nothing', () => {
    fc.assert(
      fc.property(arbitraryMap({ maxPlanItems: 6 }), (map) => {
        const [entry] = marketHistory([map]);
        expect(entry?.unanchored).toBe(map.plan.filter((item) => item.addresses.length === 0).length);
      }),
      { numRuns: 40 },
    );
  });
});

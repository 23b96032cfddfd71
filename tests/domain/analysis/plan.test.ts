import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/domain/analysis/analyze';
import { isResolved } from '../../../src/domain/analysis/resolve';
import {
  arbitraryMap,
  burdens,
  fears,
  makeApprover,
  makeFriction,
  makeMap,
  makePlanItem,
  makeProof,
  makeRisk,
  requires,
} from '../../builders';

// A veto CFO who needs an ROI case (missing) and fears a data-migration risk (none); a
// controller who needs the ROI case too; a month-end freeze burdening the controller; a SOC 2
// report already verified.
const cfo = makeApprover({ id: 'cfo', label: 'CFO', veto: true, stance: 'supportive', influence: 5 });
const controller = makeApprover({ id: 'controller', label: 'Controller', stance: 'neutral', influence: 2 });
const roi = makeProof({ id: 'roi', label: 'ROI case', status: 'missing' });
const soc2 = makeProof({ id: 'soc2', label: 'SOC 2 report', status: 'verified' });
const migration = makeRisk({ id: 'migration', label: 'Migration fails', severity: 4, reduction: 'none' });
const freeze = makeFriction({ id: 'freeze', label: 'Month-end freeze', severity: 1, status: 'reduced' });
const decision = {
  nodes: [cfo, controller, roi, soc2, migration, freeze],
  edges: [
    requires(cfo, roi),
    requires(cfo, soc2),
    requires(controller, roi),
    fears(cfo, migration),
    burdens(freeze, controller),
  ],
};

describe('plan analysis', () => {
  const plan = [
    makePlanItem({ id: 'hire-aes', title: 'Hire 6 enterprise AEs', category: 'hiring', addresses: [] }),
    makePlanItem({ id: 'roi-study', title: 'Commission an ROI study', addresses: ['roi'] }),
    makePlanItem({ id: 'soc2-renewal', title: 'Renew SOC 2', addresses: ['soc2'] }),
    makePlanItem({ id: 'freeze-tooling', title: 'Month-end tooling', addresses: ['freeze'] }),
  ];
  const analysis = analyze(makeMap({ ...decision, plan }));
  const item = (id: string) => analysis.plan.items.find((i) => i.id === id)!;

  it.each([
    ['hire-aes', ['unanchored']],
    ['roi-study', []],
    ['soc2-renewal', ['low-leverage']],
    ['freeze-tooling', ['low-leverage']],
  ])('flags %s as %j', (id, flags) => {
    expect(item(id).flags).toEqual(flags);
  });

  it('gives each item the score with everything it addresses resolved, minus today', () => {
    // ROI missing: 1 − 0.37 = 0.63; migration (severity 4, none): 1 − 0.24 = 0.76; freeze (severity 1,
    // reduced): 1 − 0.05 × 0.4 = 0.98. Today: gate 0.95 × 0.63 × 0.76 = 0.45486; support 0.75 × 0.63 × 0.98
    // = 0.46305 → 21.0623 → 21.1.
    expect(analysis.score).toBe(21.1);
    // ROI verified: gate 0.95 × 0.76 = 0.722; support 0.75 × 0.98 = 0.735 → 53.067 → 53.1.
    expect(item('roi-study').lift).toBe(round(53.1 - 21.1));
    expect(item('hire-aes').lift).toBe(0);
    expect(item('soc2-renewal').lift).toBe(0);
  });

  it('reports the ceiling if the whole plan works, and the drivers nobody works on', () => {
    // ROI verified and freeze removed: 0.722 × 0.75 = 54.15, a half rounded away from zero → 54.2.
    expect(analysis.plan.ceiling).toBe(54.2);
    // Controller a champion: 0.45486 × 0.63 × 0.98 = 0.45486 × 0.6174 → 28.083 → 28.1 (+7.0);
    // migration reduced: 0.95 × 0.63 = 0.5985 × 0.46305 → 27.714 → 27.7 (+6.6);
    // CFO a champion: 0.63 × 0.76 = 0.4788 × 0.46305 → 22.171 → 22.2 (+1.1);
    // freeze removed: 0.45486 × 0.75 × 0.63 = 0.45486 × 0.4725 → 21.492 → 21.5 (+0.4).
    expect(analysis.drivers).toEqual([
      { id: 'roi', lift: 32 },
      { id: 'controller', lift: 7 },
      { id: 'migration', lift: 6.6 },
      { id: 'cfo', lift: 1.1 },
      { id: 'freeze', lift: 0.4 },
    ]);
    expect(analysis.constraint).toBe('roi');
    // The constraint is addressed by the ROI study; the next three drivers (each worth a point or more) are
    // not. The freeze's lift is under a point, and the month-end tooling addresses it anyway.
    expect(analysis.plan.gaps).toEqual(['controller', 'migration', 'cfo']);
  });

  it('judges low leverage node by node: many small lifts do not add up to leverage', () => {
    const nodes = Array.from({ length: 20 }, (_, i) =>
      makeFriction({ id: `f${i}`, severity: 1, status: 'reduced' }),
    );
    const approver = makeApprover({ id: 'a', stance: 'champion', influence: 5 });
    const others = Array.from({ length: 5 }, (_, i) =>
      makeApprover({ id: `c${i}`, stance: 'champion', influence: 5 }),
    );
    const map = makeMap({
      nodes: [approver, ...others, ...nodes],
      edges: nodes.map((f) => burdens(f, approver)),
      plan: [makePlanItem({ id: 'everything', addresses: nodes.map((f) => f.id) })],
    });
    const result = analyze(map);
    expect(Object.values(result.lifts).every((lift) => lift < 1)).toBe(true);
    expect(result.plan.items[0]!.lift).toBeGreaterThan(1);
    expect(result.plan.items[0]!.flags).toEqual(['low-leverage']);
  });

  it('holds its definitions on random maps', () => {
    fc.assert(
      fc.property(arbitraryMap({ maxPlanItems: 8 }), (map) => {
        const result = analyze(map);
        const byId = new Map(map.nodes.map((n) => [n.id, n]));
        map.plan.forEach((planItem, i) => {
          const { flags, lift } = result.plan.items[i]!;
          expect(flags.includes('unanchored')).toBe(planItem.addresses.length === 0);
          const lowLeverage =
            planItem.addresses.length > 0 &&
            planItem.addresses.every((id) => isResolved(byId.get(id)!) || (result.lifts[id] ?? 0) < 1);
          expect(flags.includes('low-leverage')).toBe(lowLeverage);
          expect(lift).toBeGreaterThanOrEqual(0);
          expect(result.plan.ceiling).toBeGreaterThanOrEqual(result.score + lift - 0.1);
        });
        const addressed = new Set(map.plan.flatMap((p) => p.addresses));
        expect(result.plan.gaps).toEqual(
          result.drivers.filter((d) => d.lift >= 1 && !addressed.has(d.id)).map((d) => d.id),
        );
        expect(result.plan.ceiling).toBeGreaterThanOrEqual(result.score);
      }),
      { numRuns: 300 },
    );
  });
});

function round(x: number): number {
  return Math.round(x * 10) / 10;
}

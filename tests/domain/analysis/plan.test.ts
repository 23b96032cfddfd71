import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/domain/analysis/analyze';
import { isResolved } from '../../../src/domain/analysis/resolve';
import { round1 } from '../../../src/domain/analysis/round';
import { stateOf, statesOf, withState } from '../../../src/domain/records/nodeState';
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

// A veto CFO who needs an ROI case (missing) and fears a data-migration risk (none); a veto IT lead
// who needs a security review (claimed); a controller who needs the ROI case too; a month-end
// freeze burdening the controller; a SOC 2 report already verified.
const cfo = makeApprover({ id: 'cfo', label: 'CFO', veto: true, stance: 'supportive', influence: 5 });
const it2 = makeApprover({ id: 'it', label: 'IT lead', veto: true, stance: 'neutral', influence: 4 });
const controller = makeApprover({ id: 'controller', label: 'Controller', stance: 'neutral', influence: 2 });
const roi = makeProof({ id: 'roi', label: 'ROI case', status: 'missing' });
const review = makeProof({ id: 'review', label: 'Security review', status: 'claimed' });
const soc2 = makeProof({ id: 'soc2', label: 'SOC 2 report', status: 'verified' });
const migration = makeRisk({ id: 'migration', label: 'Migration fails', severity: 4, reduction: 'none' });
const freeze = makeFriction({ id: 'freeze', label: 'Month-end freeze', severity: 1, status: 'reduced' });
const decision = {
  nodes: [cfo, it2, controller, roi, review, soc2, migration, freeze],
  edges: [
    requires(cfo, roi),
    requires(cfo, soc2),
    requires(it2, review),
    requires(controller, roi),
    fears(cfo, migration),
    burdens(freeze, controller),
  ],
};

describe('plan analysis', () => {
  const plan = [
    makePlanItem({ id: 'hire-aes', title: 'Hire 6 enterprise AEs', category: 'hiring', addresses: [] }),
    makePlanItem({ id: 'roi-study', title: 'Commission an ROI study', addresses: ['roi'] }),
    makePlanItem({ id: 'pen-test', title: 'Third-party security review', addresses: ['review'] }),
    makePlanItem({ id: 'soc2-renewal', title: 'Renew SOC 2', addresses: ['soc2'] }),
    makePlanItem({ id: 'freeze-tooling', title: 'Month-end tooling', addresses: ['freeze'] }),
    makePlanItem({ id: 'ghost', title: 'Addresses a node that is gone', addresses: ['no-such-node'] }),
  ];
  const analysis = analyze(makeMap({ ...decision, plan }));
  const item = (id: string) => analysis.plan.items.find((i) => i.id === id)!;

  it.each([
    ['hire-aes', 'internal-logic', ['unanchored']],
    ['ghost', 'internal-logic', ['unanchored']],
    ['roi-study', 'high-leverage', []],
    ['soc2-renewal', 'low-leverage', ['low-leverage']],
    ['freeze-tooling', 'low-leverage', ['low-leverage']],
  ])('calls %s %s (flags %j)', (id, verdict, flags) => {
    expect(item(id).verdict).toBe(verdict);
    expect(item(id).flags).toEqual(flags);
  });

  it('names the constraint and the path after it', () => {
    expect(analysis.constraint).toBe('roi');
    expect(analysis.path[0]).toBe('roi');
    expect(analysis.path.length).toBeGreaterThan(1);
  });

  it('gives each item the score with everything it addresses resolved, minus today', () => {
    const roiVerified = analyze(
      makeMap({
        ...decision,
        nodes: decision.nodes.map((n) => (n.id === 'roi' ? { ...roi, status: 'verified' } : n)),
      }),
    ).score;
    expect(item('roi-study').lift).toBe(round1(roiVerified - analysis.score));
    expect(item('hire-aes').lift).toBe(0);
    expect(item('soc2-renewal').lift).toBe(0);
  });

  it('weighs what an item carries once everything else is done', () => {
    // The ROI case is missing for the CFO (a veto holder) and the controller: with everything else
    // resolved both are at 60%, and the decision at 100 / √(1 + 2 × (1/0.6² − 1)) = 46.9: the ROI case
    // carries 53.1 points of a fully obvious decision.
    expect(item('roi-study').weight).toBe(round1(100 - 100 / Math.sqrt(1 + 2 * (1 / 0.36 - 1))));
    expect(item('roi-study').weight).toBe(53.1);
    expect(item('soc2-renewal').weight).toBe(0);
    expect(item('freeze-tooling').weight).toBeLessThan(1);
  });

  it('reports the ceiling if the whole plan works, and what nobody works on', () => {
    expect(analysis.plan.ceiling).toBe(analysis.plan.ceilingBand.high);
    // No unknowns: the ceiling is one number.
    expect(analysis.plan.ceilingBand.low).toBe(analysis.plan.ceilingBand.high);
    expect(analysis.plan.ceiling).toBeGreaterThan(analysis.score);
    // The migration risk is a real driver nobody addresses; the ROI case and the review are addressed.
    expect(analysis.plan.gaps).toContain('migration');
    expect(analysis.plan.gaps).not.toContain('roi');
    expect(analysis.plan.gaps).not.toContain('review');
  });

  it('weighs an item the same whatever state the rest of the map is in (today’s points do not enter)', () => {
    fc.assert(
      fc.property(
        arbitraryMap({ minApprovers: 1, maxPlanItems: 4 }),
        fc.nat(),
        fc.nat(),
        (map, pickNode, pickState) => {
          fc.pre(map.plan.length > 0 && map.nodes.length > 0);
          const node = map.nodes[pickNode % map.nodes.length]!;
          const states = statesOf(node);
          const other = {
            ...map,
            nodes: map.nodes.map((n) =>
              n.id === node.id ? withState(n, states[pickState % states.length]!)! : n,
            ),
          };
          const before = analyze(map).plan.items;
          const after = analyze(other).plan.items;
          map.plan.forEach((item, i) => {
            if (!item.addresses.includes(node.id)) expect(after[i]!.weight).toBe(before[i]!.weight);
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('bundling many trivial fixes does not make an item leverage', () => {
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
    expect(result.plan.items[0]!.verdict).toBe('low-leverage');
    expect(result.plan.items[0]!.flags).toEqual(['low-leverage']);
  });

  it('an item that answers an unknown veto holder’s question is judged by what the answer is worth', () => {
    const legal = makeApprover({ id: 'legal', label: 'Legal', veto: true, stance: 'unknown' });
    const champion = makeApprover({ id: 'champion', stance: 'champion' });
    const map = makeMap({
      nodes: [...decision.nodes, legal, champion],
      edges: decision.edges,
      plan: [makePlanItem({ id: 'meet-legal', title: 'Meet Legal', addresses: ['legal'] })],
    });
    const result = analyze(map);
    expect(result.findOut[0]!.id).toBe('legal');
    expect(result.plan.items[0]!.verdict).toBe('high-leverage');
    expect(result.plan.gaps).not.toContain('legal');
  });

  it('holds its definitions on random maps', () => {
    fc.assert(
      fc.property(arbitraryMap({ maxPlanItems: 8 }), (map) => {
        const result = analyze(map);
        const byId = new Map(map.nodes.map((n) => [n.id, n]));
        const addressed = new Set(map.plan.flatMap((p) => p.addresses));
        map.plan.forEach((planItem, i) => {
          const { flags, lift, verdict, weight } = result.plan.items[i]!;
          expect(verdict === 'internal-logic').toBe(planItem.addresses.length === 0);
          expect(flags.includes('unanchored')).toBe(verdict === 'internal-logic');
          expect(flags.includes('low-leverage')).toBe(verdict === 'low-leverage');
          expect(lift).toBeGreaterThanOrEqual(0);
          expect(weight).toBeGreaterThanOrEqual(0);
          expect(weight).toBeLessThanOrEqual(100);
          // Everything it addresses resolved already: nothing left to carry.
          if (planItem.addresses.length > 0 && planItem.addresses.every((id) => isResolved(byId.get(id)!)))
            expect(verdict).toBe('low-leverage');
          // Addressing the constraint is high leverage, unless the constraint is a trivial part of the decision.
          if (result.constraint && planItem.addresses.includes(result.constraint) && weight >= 20)
            expect(verdict).toBe('high-leverage');
          expect(result.plan.ceiling).toBeGreaterThanOrEqual(result.score + lift - 0.1);
        });
        expect(result.plan.ceilingBand.low).toBeGreaterThanOrEqual(result.score);
        expect(result.plan.ceiling).toBe(result.plan.ceilingBand.high);
        for (const id of result.plan.gaps) expect(addressed.has(id)).toBe(false);
        if (result.constraint && !addressed.has(result.constraint))
          expect(result.plan.gaps[0]).toBe(result.constraint);
        for (const f of result.findOut) expect(result.plan.gaps.includes(f.id)).toBe(!addressed.has(f.id));
        // A gap is an unresolved node.
        for (const id of result.plan.gaps) expect(isResolved(byId.get(id)!)).toBe(false);
        for (const id of result.plan.gaps)
          if (stateOf(byId.get(id)!) !== 'unknown')
            expect(result.findOut.some((f) => f.id === id)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

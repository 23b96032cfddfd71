/** Where the deal record disagrees with the map, in plain words. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/domain/analysis/analyze';
import type { Deal } from '../../../src/domain/records/deal';
import type { DecisionMap } from '../../../src/domain/records/map';
import { makeApprover, makeDeal, makeFriction, makeMap, makeProof, burdens, requires } from '../../builders';

const cfo = makeApprover({ id: 'cfo', label: 'CFO', veto: true, stance: 'supportive' });
const soc2 = makeProof({ id: 'soc2', label: 'SOC 2 report', status: 'verified' });
const roi = makeProof({ id: 'roi', label: 'ROI case', status: 'missing' });
const questionnaire = makeFriction({
  id: 'questionnaire',
  label: 'Security questionnaire',
  severity: 3,
  status: 'removed',
});
const mapWith = (deals: Deal[]): DecisionMap =>
  makeMap({
    period: '2026-Q3',
    nodes: [cfo, soc2, roi, questionnaire],
    edges: [requires('cfo', 'soc2'), requires('cfo', 'roi'), burdens('questionnaire', 'cfo')],
    deals,
  });
const lost = (id: string, stalledAt: string[], closedOn = '2026-05-01', outcome: Deal['outcome'] = 'lost') =>
  makeDeal({ id, stalledAt, closedOn, outcome });

describe('the market check', () => {
  it('says nothing without deals', () => {
    expect(analyze(mapWith([])).marketCheck).toEqual([]);
    expect(analyze({ ...mapWith([]), deals: undefined }).marketCheck).toEqual([]);
  });

  it('names a node the map calls settled where recent lost deals keep stalling', () => {
    const deals = [
      lost('d1', ['soc2']),
      lost('d2', ['soc2', 'roi']),
      lost('d3', ['soc2']),
      lost('d4', ['soc2']),
      lost('d5', ['roi']),
      lost('d6', ['roi']),
      makeDeal({ id: 'w1', outcome: 'won', closedOn: '2026-05-01', stalledAt: ['soc2'] }),
    ];
    expect(analyze(mapWith(deals)).marketCheck).toEqual([
      { id: 'soc2', says: 'Marked verified, but 4 of the last 6 lost deals stalled here.' },
    ]);
  });

  it('counts deals ended without a decision with the lost ones, and says so', () => {
    const deals = [lost('d1', ['questionnaire']), lost('d2', ['questionnaire'], '2026-06-01', 'no-decision')];
    expect(analyze(mapWith(deals)).marketCheck).toEqual([
      {
        id: 'questionnaire',
        says: 'Marked removed, but 2 of the last 2 lost or undecided deals stalled here.',
      },
    ]);
  });

  it('leaves out deals closed before the window (two quarters before the period) and won or open deals', () => {
    const deals = [
      lost('old1', ['soc2'], '2025-11-30'),
      lost('old2', ['soc2'], '2025-06-01'),
      makeDeal({ id: 'o1', outcome: 'open', stalledAt: ['soc2'] }),
      makeDeal({ id: 'w1', outcome: 'won', closedOn: '2026-05-01', stalledAt: ['soc2'] }),
    ];
    expect(analyze(mapWith(deals)).marketCheck).toEqual([]);
  });

  it('a single stall, or a small share of many losses, is not "keeps stalling"', () => {
    const many = Array.from({ length: 12 }, (_, i) => lost(`d${i}`, i < 2 ? ['soc2'] : ['roi']));
    expect(analyze(mapWith([lost('d1', ['soc2'])])).marketCheck).toEqual([]);
    expect(analyze(mapWith(many)).marketCheck).toEqual([]);
  });

  it('names the constraint when no deal ever stalled there while another node stalls many', () => {
    const map = makeMap({
      period: '2026-Q3',
      nodes: [
        cfo,
        makeProof({ id: 'roi', label: 'ROI case', status: 'claimed' }),
        makeProof({ id: 'pilot', label: 'Pilot', status: 'missing' }),
      ],
      edges: [requires('cfo', 'roi'), requires('cfo', 'pilot')],
      deals: [lost('d1', ['roi']), lost('d2', ['roi']), lost('d3', ['roi'])],
    });
    const analysis = analyze(map);
    expect(analysis.constraint).toBe('pilot');
    expect(analysis.marketCheck).toEqual([
      {
        id: 'pilot',
        says: "The map's constraint, yet no deal ever stalled here; 3 deals lost or undecided stalled at “ROI case”.",
      },
    ]);
  });

  it('counts every node’s stalls by outcome', () => {
    const deals = [lost('d1', ['soc2', 'roi']), makeDeal({ id: 'o', outcome: 'open', stalledAt: ['soc2'] })];
    expect(analyze(mapWith(deals)).stalls).toEqual({
      soc2: { won: 0, lost: 1, 'no-decision': 0, open: 1 },
      roi: { won: 0, lost: 1, 'no-decision': 0, open: 0 },
    });
  });
});

/** What the verdict rests on: evidenced, assumed and stale states, coverage, and the questions they raise. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/domain/analysis/analyze';
import { currentFrom } from '../../../src/domain/analysis/evidenceDates';
import { EVIDENCE_SOURCES, type Evidence, type EvidenceSource } from '../../../src/domain/records/common';
import type { DecisionMap } from '../../../src/domain/records/map';
import type { DecisionNode } from '../../../src/domain/records/node';
import {
  arbitraryDeals,
  arbitraryMap,
  fears,
  makeApprover,
  makeMap,
  makeProof,
  makeRisk,
  requires,
} from '../../builders';

const said = (source: EvidenceSource, date?: string): Evidence => ({
  text: `${source} evidence`,
  source,
  ...(date === undefined ? {} : { date }),
});
const backedBy = <N extends DecisionNode>(node: N, ...evidence: Evidence[]): N => ({ ...node, evidence });

const cfo = makeApprover({ id: 'cfo', label: 'CFO', veto: true, stance: 'supportive' });
const legal = makeApprover({ id: 'legal', label: 'Legal', veto: true, stance: 'unknown' });
const soc2 = makeProof({ id: 'soc2', label: 'SOC 2 report', status: 'verified' });
const roi = makeProof({ id: 'roi', label: 'ROI case', status: 'missing' });
const lockIn = makeRisk({ id: 'lock-in', label: 'Lock-in', severity: 2, reduction: 'partial' });
const mapOf = (nodes: DecisionNode[], period = '2026-Q3'): DecisionMap =>
  makeMap({
    period,
    nodes,
    edges: [
      requires('cfo', 'soc2'),
      requires('cfo', 'roi'),
      fears('cfo', 'lock-in'),
      requires('legal', 'soc2'),
    ],
  });

describe('where each state comes from', () => {
  it.each<[string, Evidence[], string]>([
    ['a buyer said it', [said('buyer', '2026-05-01')], 'evidenced'],
    ['a deal showed it', [said('deal', '2026-02-01')], 'evidenced'],
    ['a win/loss interview', [said('win-loss', '2026-01-01')], 'evidenced'],
    ['research', [said('research')], 'evidenced'],
    ['the team believes it', [said('team', '2026-06-01')], 'assumed'],
    ['a source nobody gave (a version 1 entry)', [said('unspecified', '2026-06-01')], 'assumed'],
    ['nothing recorded', [], 'assumed'],
    ['a buyer, before 2026 (two quarters before 2026-Q3)', [said('buyer', '2025-12-31')], 'stale'],
    [
      'old buyer word and recent team belief',
      [said('buyer', '2025-06-01'), said('team', '2026-06-01')],
      'stale',
    ],
    ['old and new buyer word', [said('buyer', '2025-06-01'), said('buyer', '2026-06-01')], 'evidenced'],
  ])('%s → %s', (_, evidence, status) => {
    const analysis = analyze(mapOf([cfo, legal, backedBy(soc2, ...evidence), roi, lockIn]));
    expect(analysis.evidence.status.soc2).toBe(status);
    expect(analysis.evidence.assumed.includes('soc2')).toBe(status === 'assumed');
    expect(analysis.evidence.stale.includes('soc2')).toBe(status === 'stale');
  });

  it('an unknown state is a find-out, never an assumption, whatever evidence it has', () => {
    const analysis = analyze(mapOf([cfo, backedBy(legal, said('team')), soc2, roi, lockIn]));
    expect(analysis.evidence.status.legal).toBe('find-out');
    expect(analysis.evidence.assumed).not.toContain('legal');
  });

  it.each([
    ['2026-Q3', '2026-01-01'],
    ['Q1 2026', '2025-07-01'],
    ['2026-H2', '2026-01-01'],
    ['FY2027', '2026-07-01'],
    ['2026-03', '2025-09-01'],
  ])('a map of %s counts evidence from %s on as current', (period, from) => {
    expect(currentFrom(makeMap({ period }))).toBe(from);
  });

  it('a map without a period is dated by the newest date it records; with none, nothing is stale', () => {
    const undated = makeMap({ period: '' });
    expect(currentFrom(undated)).toBeNull();
    const dated = makeMap({
      period: 'next planning cycle',
      nodes: [backedBy(soc2, said('buyer', '2026-03-10'))],
      deals: [{ id: 'd', name: 'D', outcome: 'won', closedOn: '2026-08-31', stalledAt: [] }],
    });
    expect(currentFrom(dated)).toBe('2026-02-31');
    expect(
      analyze({ ...dated, nodes: [backedBy(soc2, said('buyer', '2026-03-10'))] }).evidence.status.soc2,
    ).toBe('evidenced');
    expect(
      analyze({ ...dated, nodes: [backedBy(soc2, said('buyer', '2026-02-28'))] }).evidence.status.soc2,
    ).toBe('stale');
  });
});

describe('coverage: how much of the verdict rests on what the market said', () => {
  it('is 0 with nothing from the market, 1 when every known state is backed by current market evidence', () => {
    const nodes = [cfo, legal, soc2, roi, lockIn];
    expect(analyze(mapOf(nodes)).evidence.coverage).toBe(0);
    const everything = nodes.map((n) => backedBy(n, said('buyer', '2026-06-01')));
    expect(analyze(mapOf(everything)).evidence.coverage).toBe(1);
  });

  it('weighs a veto holder’s stance above a minor risk: backing the CFO covers more than backing the risk', () => {
    // (With Legal's stance unknown, nearly everything would hang on that answer: Legal is left out here.)
    const nodes = [cfo, soc2, roi, lockIn];
    const only = (id: string) =>
      analyze(mapOf(nodes.map((n) => (n.id === id ? backedBy(n, said('buyer', '2026-06-01')) : n)))).evidence
        .coverage;
    expect(only('cfo')).toBeGreaterThan(only('lock-in'));
    expect(only('lock-in')).toBeGreaterThan(0);
  });

  it('counts nothing an approver does not hang on: an unlinked proof weighs 0', () => {
    const loose = makeProof({ id: 'loose', status: 'verified' });
    const withLoose = analyze(mapOf([cfo, legal, soc2, roi, lockIn, backedBy(loose, said('buyer'))]));
    expect(withLoose.evidence.coverage).toBe(0);
    expect(withLoose.evidence.assumed).not.toContain('loose');
  });

  it('lists assumptions heaviest first and asks about the ones that matter most', () => {
    const analysis = analyze(mapOf([cfo, legal, soc2, roi, lockIn]));
    expect(analysis.evidence.assumed[0]).toBe('cfo');
    expect(analysis.evidence.questions[0]).toEqual({
      id: 'cfo',
      question: 'Who heard CFO say they are supportive?',
    });
    expect(analysis.evidence.questions.length).toBeLessThanOrEqual(3);
  });

  it('asks whether stale evidence still holds, naming its date', () => {
    const analysis = analyze(mapOf([backedBy(cfo, said('buyer', '2025-04-02')), legal, soc2, roi, lockIn]));
    expect(analysis.evidence.stale).toEqual(['cfo']);
    expect(analysis.evidence.questions[0]).toEqual({
      id: 'cfo',
      question: 'Is CFO\u2019s support still true? The newest market evidence is from 2025-04-02.'.replace(
        '\u2019',
        "'",
      ),
    });
  });
});

/** Every node's evidence replaced by entries of random sources and dates. */
const arbitraryEvidence = (map: DecisionMap): fc.Arbitrary<DecisionMap> =>
  fc
    .array(
      fc.array(
        fc.record({
          source: fc.constantFrom(...EVIDENCE_SOURCES),
          date: fc.option(fc.constantFrom('2024-12-01', '2025-11-30', '2026-02-14', '2026-07-01'), {
            nil: undefined,
          }),
        }),
        { maxLength: 3 },
      ),
      { minLength: map.nodes.length, maxLength: map.nodes.length },
    )
    .map((perNode) => ({
      ...map,
      nodes: map.nodes.map((node, i) => {
        const entries = perNode[i] ?? [];
        const { evidence: _old, ...rest } = node;
        return entries.length === 0
          ? (rest as DecisionNode)
          : { ...rest, evidence: entries.map(({ source, date }) => said(source, date)) };
      }),
    }));

const verdictOf = (map: DecisionMap) => {
  const { evidence: _e, marketCheck: _m, stalls: _s, ...verdict } = analyze(map);
  return verdict;
};

describe('evidence and deals never change the verdict', () => {
  it('score, band, constraint, drivers, find-outs, plan and readiness are the same with any evidence and deals', () => {
    fc.assert(
      fc.property(
        arbitraryMap().chain((map) =>
          fc.tuple(
            fc.constant(map),
            arbitraryEvidence(map).chain((m) => arbitraryDeals(m).map((deals) => ({ ...m, deals }))),
          ),
        ),
        ([bare, evidenced]) => {
          const stripped = { ...bare, nodes: bare.nodes.map(({ evidence: _x, ...n }) => n as DecisionNode) };
          expect(verdictOf(evidenced)).toEqual(verdictOf(stripped));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('coverage stays within 0–1, and backing one more state with current buyer word never lowers it', () => {
    fc.assert(
      fc.property(
        // A map with a period: without one, a newer date moves what counts as current (see currentFrom).
        arbitraryMap().chain((map) =>
          fc.tuple(arbitraryEvidence({ ...map, period: map.period || '2026-Q3' }), fc.nat()),
        ),
        ([map, pick]) => {
          const before = analyze(map).evidence;
          expect(before.coverage).toBeGreaterThanOrEqual(0);
          expect(before.coverage).toBeLessThanOrEqual(1);
          if (map.nodes.length === 0) return;
          const index = pick % map.nodes.length;
          const backed = {
            ...map,
            nodes: map.nodes.map((n, i) =>
              i === index ? { ...n, evidence: [...(n.evidence ?? []), said('buyer', '2026-09-01')] } : n,
            ),
          };
          expect(analyze(backed).evidence.coverage).toBeGreaterThanOrEqual(before.coverage);
        },
      ),
      { numRuns: 200 },
    );
  });
});

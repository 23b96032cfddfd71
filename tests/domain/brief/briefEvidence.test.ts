import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/domain/analysis/analyze';
import { briefContent } from '../../../src/domain/brief/briefContent';
import { briefMarkdown } from '../../../src/domain/brief/briefMarkdown';
import { makeApprover, makeDeal, makeMap, makeProof, requires } from '../../builders';

const it_ = makeApprover({ id: 'it', label: 'Head of IT', stance: 'supportive', veto: true });
const soc2 = makeProof({
  id: 'soc2',
  label: 'SOC 2',
  status: 'verified',
  evidence: [{ text: 'Report', date: '2026-07-01', source: 'research' }],
});
const map = makeMap({ period: '2026-Q3', nodes: [it_, soc2], edges: [requires(it_, soc2)] });

describe('the brief: what we know and what we assume, what the deals say', () => {
  it('names the coverage, the assumptions and the questions to take to the market', () => {
    const brief = briefContent(map, analyze(map));
    expect(brief.knowledge.coverage).toBe(analyze(map).evidence.coverage);
    expect(brief.knowledge.assumed.map((n) => n.id)).toEqual(['it']);
    expect(brief.knowledge.sentence).toMatch(/^\d+% of this verdict rests on what the market said; /);
    const md = briefMarkdown(brief);
    expect(md).toContain('## What we know and what we assume');
    expect(md).toContain('Assumed (no market evidence): **Approver: Head of IT**');
  });

  it('says there is no deal record, or counts it and lists where it disagrees with the map', () => {
    expect(briefContent(map, analyze(map)).deals.sentence).toMatch(/^No deal record yet/);
    const withDeals = {
      ...map,
      deals: [1, 2, 3, 4].map((i) => makeDeal({ id: `d${i}`, outcome: 'lost', stalledAt: ['soc2'] })),
    };
    const analysis = analyze(withDeals);
    const deals = briefContent(withDeals, analysis).deals;
    expect([deals.count, deals.lost, deals.won]).toEqual([4, 4, 0]);
    expect(deals.disagreements.map((d) => [d.node.id, d.says])).toEqual(
      analysis.marketCheck.map((c) => [c.id, c.says]),
    );
    expect(deals.disagreements.length).toBeGreaterThan(0);
    expect(briefMarkdown(briefContent(withDeals, analysis))).toContain('## What the deals say');
  });
});

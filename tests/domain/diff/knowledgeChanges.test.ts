import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diff } from '../../../src/domain/diff/diff';
import { knowledgeChanges } from '../../../src/domain/diff/knowledgeChanges';
import { parseMapFile } from '../../../src/domain/format/parseMapFile';
import type { Evidence } from '../../../src/domain/records/common';
import type { DecisionMap } from '../../../src/domain/records/map';
import type { DecisionNode } from '../../../src/domain/records/node';
import { makeApprover, makeMap, makeProof, makeRisk, requires } from '../../builders';

const said = (date: string, source: Evidence['source'] = 'buyer'): Evidence => ({
  text: 'Said so',
  date,
  source,
});
const withEvidence = <N extends DecisionNode>(node: N, ...evidence: Evidence[]): N => ({ ...node, evidence });

// Last quarter (2026-Q2, current from 2025-10-01): the CFO's stance heard from a buyer, the ROI
// case assumed, the SOC 2 report a find-out, the lock-in risk backed by old research.
const cfo = withEvidence(makeApprover({ id: 'cfo', label: 'CFO', stance: 'skeptical' }), said('2026-03-10'));
const roi = withEvidence(
  makeProof({ id: 'roi', label: 'ROI case', status: 'claimed' }),
  said('2026-03-01', 'team'),
);
const soc2 = makeProof({ id: 'soc2', label: 'SOC 2 report', status: 'unknown' });
const lockIn = withEvidence(
  makeRisk({ id: 'lock-in', label: 'Vendor lock-in', reduction: 'partial' }),
  said('2025-01-05', 'research'),
);
const q2 = makeMap({
  id: 'q2',
  period: '2026-Q2',
  nodes: [cfo, roi, soc2, lockIn],
  edges: [requires(cfo, roi), requires(cfo, soc2)],
});
const q3 = (nodes: DecisionNode[]): DecisionMap => ({
  ...q2,
  id: 'q3',
  period: '2026-Q3',
  basedOn: 'q2',
  nodes,
});

describe('knowledge changes between quarters', () => {
  it('finds none between a map and itself', () => {
    expect(knowledgeChanges(q2, q2)).toEqual({
      gained: [],
      lost: [],
      unknown: [],
      answered: [],
      dated: [],
      changes: [],
    });
  });

  it('counts an assumption newly backed by a buyer as knowledge gained, though the score does not move', () => {
    const later = q3([cfo, withEvidence(roi, said('2026-07-02')), soc2, lockIn]);
    const result = diff(q2, later);
    expect(result.scoreDelta).toBe(0);
    expect(result.evidence.gained).toEqual(['roi']);
    expect(result.evidence.changes).toEqual([
      { id: 'roi', label: 'ROI case', from: 'assumed', to: 'evidenced', group: 'gained' },
    ]);
  });

  it('counts evidence that went stale with the quarter, or was removed, as knowledge lost', () => {
    // In 2026-Q4 evidence from before 2026-04-01 is stale: the CFO's March call no longer counts.
    const q4 = { ...q3([cfo, roi, soc2, withEvidence(lockIn)]), period: '2026-Q4' };
    const result = knowledgeChanges(q2, q4);
    expect(result.lost).toEqual(['cfo', 'lock-in']);
    expect(result.changes).toEqual([
      { id: 'cfo', label: 'CFO', from: 'evidenced', to: 'stale', group: 'lost' },
      { id: 'lock-in', label: 'Vendor lock-in', from: 'stale', to: 'assumed', group: 'lost' },
    ]);
  });

  it('tells a known state become unknown, a find-out answered on belief, and old evidence found apart', () => {
    const later = q3([
      { ...cfo, stance: 'unknown' },
      withEvidence(roi, said('2024-02-02', 'win-loss')),
      { ...soc2, status: 'claimed' },
      lockIn,
    ]);
    const result = knowledgeChanges(q2, later);
    expect(result).toMatchObject({
      gained: [],
      lost: [],
      unknown: ['cfo'],
      answered: ['soc2'],
      dated: ['roi'],
    });
    expect(result.changes.map((c) => [c.id, c.from, c.to])).toEqual([
      ['cfo', 'evidenced', 'find-out'],
      ['roi', 'assumed', 'stale'],
      ['soc2', 'find-out', 'assumed'],
    ]);
  });

  it('leaves out nodes added or removed (they are in the node changes), and names a node by its later label', () => {
    const reference = withEvidence(makeProof({ id: 'reference', label: 'Reference' }), said('2026-07-01'));
    const later = q3([{ ...cfo, label: 'Chief financial officer', stance: 'unknown' }, roi, reference]);
    const result = knowledgeChanges(q2, later);
    expect(result.changes).toEqual([
      { id: 'cfo', label: 'Chief financial officer', from: 'evidenced', to: 'find-out', group: 'unknown' },
    ]);
  });

  it('finds nothing gained between version 1 files: evidence with no source is the team’s, not the market’s', () => {
    const text = readFileSync(join(__dirname, '../../fixtures/v1/every-field.obvious.json'), 'utf8');
    const parsed = parseMapFile(text);
    if (!parsed.ok) throw new Error('the version 1 fixture should open');
    const earlier = parsed.value;
    expect(earlier.nodes.some((node) => (node.evidence ?? []).length > 0)).toBe(true);
    // Next quarter, with fresh undated and dated entries (still no source: `unspecified`).
    const fresh: Evidence = { text: 'Heard again', date: '2027-01-15', source: 'unspecified' };
    const later: DecisionMap = {
      ...earlier,
      id: 'next',
      period: '2027-Q1',
      nodes: earlier.nodes.map((node) => withEvidence(node, ...(node.evidence ?? []), fresh)),
    };
    expect(diff(earlier, later).evidence).toEqual({
      gained: [],
      lost: [],
      unknown: [],
      answered: [],
      dated: [],
      changes: [],
    });
  });
});

import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../src/domain/quarters/marketHistory';
import { marketHistory } from '../../src/domain/quarters/marketHistory';
import { startNextQuarter } from '../../src/domain/quarters/startNextQuarter';
import type { DecisionMap } from '../../src/domain/records/map';
import { makeApprover, makeMap, makePlanItem, makeProof, requires, withNode } from '../builders';
import { FIXTURES, STACK_TRACE, obvious, tempFolder } from './runObvious';

const folder = tempFolder();
afterAll(() => folder.remove());

interface Printed {
  markets: { market: string; history: HistoryEntry[] }[];
}

const cfo = makeApprover({ id: 'cfo', label: 'CFO', veto: true, stance: 'neutral' });
const soc2 = makeProof({ id: 'soc2', label: 'SOC 2 report', status: 'missing' });
const finance = makeMap({
  id: 'finance-q1',
  market: 'Mid-market finance',
  period: '2026-Q1',
  nodes: [cfo, soc2],
  edges: [requires(cfo, soc2)],
  plan: [makePlanItem({ id: 'hire', title: 'Hire 6 AEs', addresses: [] })],
});
const financeQ2 = withNode(
  startNextQuarter(finance, 'finance-q2'),
  'soc2',
  (node) => ({ ...node, status: 'demonstrated' }) as DecisionMap['nodes'][number],
);
const financeQ3 = { ...startNextQuarter(financeQ2, 'finance-q3'), market: 'MID-MARKET  Finance' };
const enterprise = makeMap({
  id: 'enterprise-q2',
  market: 'Enterprise',
  period: '2026-Q2',
  nodes: [cfo],
  edges: [],
});
// Stored out of order, across two markets.
const workspace = folder.writeWorkspace('workspace.json', [financeQ3, enterprise, finance, financeQ2]);

describe('obvious history --json', () => {
  it('lists every market of the workspace, each by period, as the domain reports it', () => {
    const run = obvious(['history', workspace, '--json']);
    expect(run.status).toBe(0);
    const printed = JSON.parse(run.stdout) as Printed;
    expect(printed.markets.map((m) => m.history.map((entry) => entry.id))).toEqual([
      ['finance-q1', 'finance-q2', 'finance-q3'],
      ['enterprise-q2'],
    ]);
    expect(printed.markets[0]?.history).toEqual(marketHistory([finance, financeQ2, financeQ3]));
    for (const entry of printed.markets.flatMap((m) => m.history)) {
      expect(Object.keys(entry).sort()).toEqual(
        [
          'ceiling',
          'constraint',
          'constraintLabel',
          'constraintLift',
          'id',
          'market',
          'period',
          'score',
          'title',
          'unanchored',
        ].sort(),
      );
    }
  });

  it('with --market, only that market, matched whatever the case and spacing', () => {
    const run = obvious(['history', workspace, '--market', 'mid-market finance', '--json']);
    expect(run.status).toBe(0);
    const printed = JSON.parse(run.stdout) as Printed;
    expect(printed.markets).toHaveLength(1);
    expect(printed.markets[0]?.history.map((entry) => entry.period)).toEqual([
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
    ]);
    expect(printed.markets[0]?.history[0]?.unanchored).toBe(1);
  });

  it('a market no map names: exit 1, listing the markets there are', () => {
    const run = obvious(['history', workspace, '--market', 'Healthcare']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Healthcare');
    expect(run.stderr).toContain('Enterprise');
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });
});

describe('obvious history (for people)', () => {
  it('prints one table per market: period, score, constraint, ceiling, unanchored plan items', () => {
    const run = obvious(['history', join(FIXTURES, 'workspace-three-quarters.obvious.json')]);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('Market: Mid-market finance teams');
    expect(lines[1]).toMatch(/^period\s+score\s+constraint\s+ceiling\s+unanchored plan items$/);
    expect(lines.slice(2).map((line) => line.split(/\s+/)[0])).toEqual(['2026-Q1', '2026-Q2', '2026-Q3']);
  });

  it('reads a single map file too, as a history of one period', () => {
    const run = obvious(['history', folder.writeMap('one.json', finance)]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^2026-Q1\s+\d/m);
    const [entry] = marketHistory([finance]);
    expect(entry?.constraint).not.toBeNull();
    expect(run.stdout).toContain(`${entry?.constraintLabel} (${entry?.constraint})`);
  });
});

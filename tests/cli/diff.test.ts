import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diff } from '../../src/domain/diff/diff';
import type { MapDiff } from '../../src/domain/diff/types';
import { openFile } from '../../src/domain/format/parseMapFile';
import type { DecisionMap } from '../../src/domain/records/map';
import { startNextQuarter } from '../../src/domain/quarters/startNextQuarter';
import {
  fears,
  makeApprover,
  makeMap,
  makePlanItem,
  makeProof,
  makeRisk,
  requires,
  withNode,
} from '../builders';
import { FIXTURES, STACK_TRACE, obvious, tempFolder } from './runObvious';

const folder = tempFolder();
afterAll(() => folder.remove());

// The CFO's stance was heard from a buyer in November 2025: current in 2026-Q2, stale by 2026-Q3.
const cfo = makeApprover({
  id: 'cfo',
  label: 'CFO',
  veto: true,
  stance: 'skeptical',
  evidence: [{ text: 'Not convinced yet', date: '2025-11-04', source: 'buyer' }],
});
const it_ = makeApprover({ id: 'it', label: 'IT security', veto: true, stance: 'neutral' });
const soc2 = makeProof({ id: 'soc2', label: 'SOC 2 report', status: 'missing' });
const roi = makeProof({ id: 'roi', label: 'ROI case', status: 'claimed' });
const lockIn = makeRisk({ id: 'lock-in', label: 'Vendor lock-in', reduction: 'none' });
const q2 = makeMap({
  id: 'finance-q2',
  period: '2026-Q2',
  nodes: [cfo, it_, soc2, roi, lockIn],
  edges: [requires(cfo, roi), requires(it_, soc2), fears(cfo, lockIn)],
  plan: [makePlanItem({ id: 'audit', title: 'SOC 2 audit', addresses: ['soc2'] })],
});
// Next quarter: SOC 2 verified, the CFO supportive, lock-in dropped, a new reference proof, one more plan item.
const reference = makeProof({ id: 'reference', label: 'Reference customer', status: 'missing' });
let q3: DecisionMap = startNextQuarter(q2, 'finance-q3');
q3 = withNode(q3, 'soc2', (node) => ({ ...node, status: 'verified' }) as DecisionMap['nodes'][number]);
q3 = withNode(q3, 'cfo', (node) => ({ ...node, stance: 'supportive' }) as DecisionMap['nodes'][number]);
// The ROI case, claimed in both quarters, is now backed by a win-loss interview: the score does not move.
q3 = withNode(
  q3,
  'roi',
  (node) =>
    ({
      ...node,
      evidence: [{ text: 'Payback in 9 months', date: '2026-08-12', source: 'win-loss' }],
    }) as DecisionMap['nodes'][number],
);
q3 = {
  ...q3,
  nodes: [...q3.nodes.filter((node) => node.id !== 'lock-in'), reference],
  edges: [...q3.edges.filter((edge) => edge.target !== 'lock-in'), requires(cfo, reference)],
  plan: [...q3.plan, makePlanItem({ id: 'pilot', title: 'Run a reference pilot', addresses: ['reference'] })],
};
const fileA = folder.writeMap('q2.json', q2);
const fileB = folder.writeMap('q3.json', q3);

const sum = (diffed: MapDiff): number => diffed.contributions.reduce((total, c) => total + c.points, 0);

describe('obvious diff A B --json', () => {
  const run = obvious(['diff', fileA, fileB, '--json']);
  const printed = JSON.parse(run.stdout) as MapDiff;

  it('prints the comparison with the shape PRODUCT.md documents, and exits 0', () => {
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(printed).toMatchObject({
      scoreDelta: expect.any(Number),
      from: { id: 'finance-q2', period: '2026-Q2', score: expect.any(Number) },
      to: { id: 'finance-q3', period: '2026-Q3', score: expect.any(Number) },
      nodes: { added: ['reference'], removed: ['lock-in'], changed: expect.any(Array) },
      edges: { added: expect.any(Array), removed: expect.any(Array) },
      plan: { added: ['pilot'], removed: [], changed: [] },
      constraint: { from: expect.anything(), to: expect.anything() },
      contributions: expect.any(Array),
      groups: { progress: expect.any(Number), discovery: expect.any(Number), removal: expect.any(Number) },
      retagged: [],
    });
    for (const c of printed.contributions) expect(['progress', 'discovery', 'removal']).toContain(c.group);
    const changed = Object.fromEntries(printed.nodes.changed.map((c) => [c.id, c.fields]));
    expect(changed.soc2).toMatchObject({ status: ['missing', 'verified'] });
    expect(changed.cfo).toMatchObject({ stance: ['skeptical', 'supportive'] });
  });

  it('explains the score delta: contributions add up to it within one point, grouped by what happened', () => {
    expect(printed.scoreDelta).toBeCloseTo(printed.to.score - printed.from.score, 5);
    expect(Math.abs(sum(printed) - printed.scoreDelta)).toBeLessThanOrEqual(1);
    expect(printed.contributions.map((c) => c.id)).toEqual(expect.arrayContaining(['soc2', 'cfo']));
    const group = (id: string) => printed.contributions.find((c) => c.id === id)?.group;
    expect(group('soc2')).toBe('progress');
    expect(group('cfo')).toBe('progress');
    expect(group('reference')).toBe('discovery');
    expect(group('lock-in')).toBe('removal');
    const { progress, discovery, removal } = printed.groups;
    expect(Math.round((progress + discovery + removal) * 10)).toBe(Math.round(printed.scoreDelta * 10));
  });

  it('adds where the states come from, then and now: knowledge gained and lost', () => {
    expect(printed.evidence).toEqual({
      gained: ['roi'],
      lost: ['cfo'],
      unknown: [],
      answered: [],
      dated: [],
      changes: [
        { id: 'cfo', label: 'CFO', from: 'evidenced', to: 'stale', group: 'lost' },
        { id: 'roi', label: 'ROI case', from: 'assumed', to: 'evidenced', group: 'gained' },
      ],
    });
  });

  it('is what the domain says about the two maps', () => {
    expect(printed).toEqual(JSON.parse(JSON.stringify(diff(q2, q3))));
  });
});

describe('obvious diff (for people)', () => {
  const run = obvious(['diff', fileA, fileB]);
  const result = diff(q2, q3);

  it('shows both sides, the score change and the constraint then and now', () => {
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^from {2}Mid-market finance teams — 2026-Q2 \(map finance-q2\)/m);
    expect(run.stdout).toMatch(/^to {4}Mid-market finance teams — 2026-Q3 \(map finance-q3\)/m);
    const sign = result.scoreDelta > 0 ? '+' : '';
    expect(run.stdout).toContain(
      `Obviousness ${result.from.score} → ${result.to.score} (${sign}${result.scoreDelta})`,
    );
    expect(run.stdout).toMatch(/^Constraint( unchanged)?: /m);
  });

  it('explains why the score moved, node by node, with labels, group by group', () => {
    expect(run.stdout).toContain('Why the score moved');
    expect(run.stdout).toMatch(/^ {2}Progress: the market moved .*: \+[\d.]+$/m);
    expect(run.stdout).toMatch(/^ {2}Discovery: the map now sees what it did not .*: -[\d.]+$/m);
    expect(run.stdout).toMatch(
      /^ {2}Removal: the map dropped something \(gone is not resolved\): \+[\d.]+$/m,
    );
    for (const c of result.contributions) expect(run.stdout).toContain(`: ${c.summary}`);
    expect(run.stdout).toMatch(/~ SOC 2 report \(proof soc2\): .*status missing → verified/);
    expect(run.stdout).toContain('+ Reference customer (proof reference)');
    expect(run.stdout).toContain('- Vendor lock-in (risk lock-in)');
    expect(run.stdout).toContain('+ "Run a reference pilot" (pilot)');
  });

  it('says in one line how the evidence moved, then which node, from what to what', () => {
    expect(run.stdout).toMatch(/^Evidence \(nodes in both maps\): 1 gained, 1 lost$/m);
    expect(run.stdout).toMatch(
      /^ {2}Knowledge gained: .*\n {4}ROI case \(proof roi\): assumed → evidenced$/m,
    );
    expect(run.stdout).toMatch(/^ {2}Knowledge lost: .*\n {4}CFO \(approver cfo\): evidenced → stale$/m);
  });
});

describe('obvious diff of two version 1 files', () => {
  // Version 1 evidence has no source: the same file a year on has nothing gained, nothing gone stale.
  const text = readFileSync(join(FIXTURES, 'every-field.obvious.json'), 'utf8');
  const later = folder.write(
    'every-field-later.json',
    text
      .replace('"period": "2026-Q4"', '"period": "2027-Q4"')
      .replace('"id": "every-field"', '"id": "later"'),
  );

  it('finds no evidence change', () => {
    const run = obvious(['diff', join(FIXTURES, 'every-field.obvious.json'), later, '--json']);
    expect(run.status).toBe(0);
    const printed = JSON.parse(run.stdout) as MapDiff;
    expect(printed.map).toMatchObject({ period: ['2026-Q4', '2027-Q4'] });
    expect(printed.evidence.changes).toEqual([]);
    const readable = obvious(['diff', join(FIXTURES, 'every-field.obvious.json'), later]);
    expect(readable.stdout).toContain('Evidence (nodes in both maps): no state changed where it comes from');
  });
});

describe('obvious diff WORKSPACE --from ID --to ID', () => {
  const workspace = join(FIXTURES, 'workspace-three-quarters.obvious.json');
  const opened = openFile(readFileSync(workspace, 'utf8'));
  if (!opened.ok || opened.value.kind !== 'workspace') throw new Error('the workspace fixture should open');
  const maps = opened.value.maps;
  const byId = (id: string) => maps.find((map) => map.id === id) as DecisionMap;

  it('compares two maps of one workspace file', () => {
    const run = obvious(['diff', workspace, '--from', 'finance-2026-q1', '--to=finance-2026-q3', '--json']);
    expect(run.status).toBe(0);
    const printed = JSON.parse(run.stdout) as MapDiff;
    expect(printed).toEqual(
      JSON.parse(JSON.stringify(diff(byId('finance-2026-q1'), byId('finance-2026-q3')))),
    );
    expect(Math.abs(sum(printed) - printed.scoreDelta)).toBeLessThanOrEqual(1);
  });

  it('an id the workspace does not hold: exit 1, naming the ids it does', () => {
    const run = obvious(['diff', workspace, '--from', 'finance-2026-q1', '--to', 'finance-2031-q9']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('finance-2031-q9');
    expect(run.stderr).toContain('finance-2026-q2');
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });

  it('without --from and --to: wrong usage, exit 2', () => {
    const run = obvious(['diff', workspace]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--from ID and --to ID');
    expect(run.stderr).toContain('Usage:');
  });
});

describe('obvious diff with standard input', () => {
  it('reads one side from "-"', () => {
    const run = obvious(['diff', '-', fileB, '--json'], { input: readFileSync(fileA) });
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as MapDiff).from.id).toBe('finance-q2');
  });

  it('refuses "-" twice: standard input can be read only once', () => {
    const run = obvious(['diff', '-', '-']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('only once');
  });
});

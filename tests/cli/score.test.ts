import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/domain/analysis/analyze';
import type { Analysis } from '../../src/domain/analysis/types';
import { openFile, parseMapFile } from '../../src/domain/format/parseMapFile';
import type { DecisionMap } from '../../src/domain/records/map';
import {
  fears,
  makeApprover,
  makeFriction,
  makeMap,
  makePlanItem,
  makeProof,
  makeRisk,
  requires,
  burdens,
} from '../builders';
import { FIXTURES, STACK_TRACE, obvious, tempFolder } from './runObvious';

const folder = tempFolder();
afterAll(() => folder.remove());

const cfo = makeApprover({ id: 'cfo', label: 'CFO', veto: true, stance: 'skeptical' });
const legal = makeApprover({ id: 'legal', label: 'Legal', veto: true, stance: 'unknown' });
const soc2 = makeProof({ id: 'soc2', label: 'SOC 2 report', status: 'missing' });
const lateClose = makeRisk({
  id: 'late-close',
  label: 'A late close in front of the board',
  severity: 5,
  reduction: 'none',
});
const sso = makeFriction({ id: 'sso', label: 'SSO setup', status: 'present' });
const map = makeMap({
  nodes: [cfo, legal, soc2, lateClose, sso],
  edges: [requires(cfo, soc2), fears(cfo, lateClose), burdens(sso, legal)],
  plan: [
    makePlanItem({ id: 'hire-aes', title: 'Hire 6 enterprise AEs', category: 'hiring', addresses: [] }),
    makePlanItem({ id: 'audit', title: 'SOC 2 audit', addresses: ['soc2'] }),
  ],
});
const mapFile = folder.writeMap('finance.json', map);

describe('obvious score --json', () => {
  const run = obvious(['score', mapFile, '--json']);
  const printed = JSON.parse(run.stdout) as Analysis;

  it('prints the analysis with exactly the shape PRODUCT.md documents, and exits 0', () => {
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(printed).toMatchObject({
      score: expect.any(Number),
      band: { low: expect.any(Number), high: expect.any(Number) },
      constraint: expect.any(String),
      drivers: expect.arrayContaining([{ id: expect.any(String), lift: expect.any(Number) }]),
      findOut: [{ id: 'legal', question: "What is Legal's stance?", value: expect.any(Number) }],
      openQuestions: expect.arrayContaining([{ id: expect.any(String), question: expect.any(String) }]),
      plan: { ceiling: expect.any(Number), items: expect.any(Array), gaps: expect.any(Array) },
      evidence: { coverage: expect.any(Number), assumed: expect.any(Array), stale: expect.any(Array) },
      marketCheck: expect.any(Array),
    });
    expect(printed.score).toBeGreaterThanOrEqual(0);
    expect(printed.score).toBeLessThanOrEqual(100);
    expect(printed.band.low).toBe(printed.score);
    expect(printed.band.high).toBeGreaterThan(printed.score);
    expect(printed.constraint).toBe(printed.drivers[0]?.id);
    for (const item of printed.plan.items) {
      expect(Object.keys(item).sort()).toEqual(['flags', 'id', 'lift', 'verdict', 'weight']);
      expect(['internal-logic', 'low-leverage', 'insufficient', 'high-leverage']).toContain(item.verdict);
    }
  });

  it('is what the domain says about the map, nothing less', () => {
    const parsed = parseMapFile(readFileSync(mapFile, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error.summary);
    expect(printed).toEqual(analyze(parsed.value));
  });

  it('calls the plan item that addresses nothing internal logic, and flags it', () => {
    const item = printed.plan.items.find((i) => i.id === 'hire-aes');
    expect(item?.verdict).toBe('internal-logic');
    expect(item?.flags).toContain('unanchored');
  });
});

describe('obvious score: evidence and the deal record', () => {
  const sample = join(import.meta.dirname, '../fixtures/v2/sample-2026-q3.obvious.json');
  const json = JSON.parse(obvious(['score', sample, '--json']).stdout) as Analysis;
  const readable = obvious(['score', sample]).stdout;

  it('--json says coverage, assumed and stale states, and where the deals disagree, as PRODUCT.md shows', () => {
    expect(json.evidence).toMatchObject({ coverage: 0.31, stale: ['payback'] });
    expect(json.evidence.assumed[0]).toBe('it-security');
    expect(json.marketCheck).toEqual([
      {
        id: 'security-questionnaire',
        says: 'Marked removed, but 3 of the last 5 lost or undecided deals stalled here.',
      },
    ]);
  });

  it('says the same for people', () => {
    expect(readable).toContain(
      "31% of this verdict rests on what the market said; Head of IT security's support is assumed.",
    );
    expect(readable).toContain('? Who heard Head of IT security say they are supportive?');
    expect(readable).toContain('Stale (newest market evidence before 2026-01-01): Payback within 12 months');
    expect(readable).toContain('What the deals say (10 deals: 3 won, 5 lost, 1 no decision, 1 open)');
    expect(readable).toContain(
      '! A 300-question vendor security questionnaire (friction security-questionnaire): Marked removed, but 3 of the last 5',
    );
  });

  it('a map without deals says how to get a record', () => {
    expect(obvious(['score', mapFile]).stdout).toContain('What the deals say: no deal record yet');
  });
});

describe('obvious score (for people)', () => {
  const run = obvious(['score', mapFile]);
  const analysis = analyze(map);
  const label = (id: string | null) => map.nodes.find((node) => node.id === id)?.label ?? '(none)';

  it('leads with the title, period and obviousness', () => {
    expect(run.status).toBe(0);
    const [title, decision, score] = run.stdout.split('\n');
    expect(title).toBe('Mid-market finance teams — 2026-Q3');
    expect(decision).toBe(`Decision: ${map.decision}`);
    expect(score).toMatch(new RegExp(`^Obviousness ${analysis.score} / 100`));
  });

  it('gives the band with the score when something is unknown', () => {
    expect(run.stdout.split('\n')[2]).toBe(
      `Obviousness ${analysis.score} / 100, up to ${analysis.band.high} once the open question is answered (each counted halfway)`,
    );
  });

  it('names the constraint by its label, with its lift, and the first find-out beside it', () => {
    const lift = analysis.drivers[0]?.lift ?? 0;
    expect(run.stdout).toMatch(
      new RegExp(
        `^Change first \\(the constraint\\): ${label(analysis.constraint)} \\(\\w+ ${analysis.constraint}\\), lift \\+?${lift}$`,
        'm',
      ),
    );
    const first = analysis.findOut[0]!;
    expect(run.stdout).toContain(
      `Find out first: What is Legal's stance? (approver legal), worth +${first.value} if answered halfway`,
    );
  });

  it('lists the top drivers, what to find out, the plan by verdict and the gaps', () => {
    for (const driver of analysis.drivers.slice(0, 5)) expect(run.stdout).toContain(`${label(driver.id)} (`);
    for (const f of analysis.findOut) expect(run.stdout).toContain(`${f.question} (approver ${f.id})`);
    expect(run.stdout).toMatch(/Internal logic — .*\n\s+! "Hire 6 enterprise AEs" \(hire-aes\)/);
    const audit = analysis.plan.items.find((i) => i.id === 'audit')!;
    expect(run.stdout).toContain(`"SOC 2 audit" (audit), lift ${audit.lift > 0 ? '+' : ''}${audit.lift}`);
    for (const gap of analysis.plan.gaps) {
      const question = analysis.findOut.find((f) => f.id === gap);
      if (question) expect(run.stdout).toContain(`? ${question.question}`);
      else expect(run.stdout).toMatch(new RegExp(`- ${label(gap)} \\(`));
    }
  });

  it('ends the plan with the ceiling sentence, both ends of it when the plan leaves a question open', () => {
    const { low, high } = analysis.plan.ceilingBand;
    const lines = run.stdout.split('\n');
    expect(lines[lines.indexOf('What the verdict rests on') - 2]?.trim()).toBe(
      `Even if the whole plan works, the decision is ${high}% obvious (${low}% if the questions it leaves open come back as the worst answer).`,
    );
  });
});

describe('obvious score on other inputs', () => {
  it('reads standard input for "-"', () => {
    const text = readFileSync(join(FIXTURES, 'sample-2026-q3.obvious.json'), 'utf8');
    const run = obvious(['score', '-', '--json'], { input: text });
    expect(run.status).toBe(0);
    const parsed = parseMapFile(text);
    if (!parsed.ok) throw new Error(parsed.error.summary);
    expect(JSON.parse(run.stdout)).toEqual(analyze(parsed.value));
  });

  it('scores one map of a workspace chosen with --map, and asks which one otherwise', () => {
    const workspace = join(FIXTURES, 'workspace-three-quarters.obvious.json');
    const opened = openFile(readFileSync(workspace, 'utf8'));
    if (!opened.ok || opened.value.kind !== 'workspace') throw new Error('the workspace fixture should open');
    const q2 = opened.value.maps.find((m) => m.id === 'finance-2026-q2') as DecisionMap;
    const chosen = obvious(['score', workspace, '--map', 'finance-2026-q2', '--json']);
    expect(chosen.status).toBe(0);
    expect(JSON.parse(chosen.stdout)).toEqual(analyze(q2));

    const unchosen = obvious(['score', workspace]);
    expect(unchosen.status).toBe(1);
    expect(unchosen.stderr).toContain('--map');
    expect(unchosen.stderr).toContain('finance-2026-q2');
    expect(obvious(['score', workspace, '--map', 'nope']).status).toBe(1);
  });

  it('says so when no approver is mapped: score 0, an open question, no constraint', () => {
    const run = obvious(['score', folder.writeMap('empty.json', makeMap())]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Obviousness 0 / 100');
    expect(run.stdout).toMatch(/^Constraint: none/m);
  });

  it('an invalid file: exit 1, its problems on standard error, no stack trace', () => {
    const file = folder.write(
      'bad.json',
      JSON.stringify({ format: 'obvious.decision-map', version: 1, exportedAt: 'x', map: { id: 'm' } }),
    );
    const run = obvious(['score', file]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^obvious: .*bad\.json: /);
    expect(run.stderr).toContain('map.title');
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });
});

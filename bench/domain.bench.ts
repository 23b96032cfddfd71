/**
 * The domain benchmark: how long reading, scoring and comparing large maps take, as multiples of
 * JSON.parse on the same file text (so the targets hold on any machine).
 *
 *   npm run bench                       # 1,000 and 10,000 nodes, ≥ 15 timed runs and ≥ 1 s per step
 *   npx tsx bench/domain.bench.ts --runs 31 --strict   # more runs; exit 1 when a target is missed
 */
import { availableParallelism } from 'node:os';
import { analyze as analyzeFirstReads } from '../src/domain/analysis/analyze';
import type { Analysis } from '../src/domain/analysis/types';
import { diff } from '../src/domain/diff/diff';
import { parseMapFile } from '../src/domain/format/parseMapFile';
import { serializeMapFile } from '../src/domain/format/serialize';
import type { DecisionMap } from '../src/domain/records/map';
import { statesOf, withState } from '../src/domain/records/nodeState';
import { makeHubMap } from '../tests/builders';
import { evolveMap, generateMap, withEvidenceAndDeals } from './generateMap';
import { measure } from './measure';
import { cpuModel, option } from './machine';

const SIZES = [1_000, 10_000];
const SEED = 20260924;
const EXPORTED_AT = '2026-09-24T09:00:00.000Z';

interface Step {
  name: string;
  /** Largest allowed multiple of JSON.parse, or null for the baseline itself. */
  target: number | null;
  work: () => unknown;
}

/**
 * The whole analysis: `analyze` computes the plan check, the evidence and the market check when they
 * are first read, so each is read here, as the canvas and the command line read them.
 */
function analyze(map: DecisionMap): Analysis {
  const analysis = analyzeFirstReads(map);
  void analysis.plan;
  void analysis.evidence;
  void analysis.marketCheck;
  return analysis;
}

function parsed(text: string, what: string): DecisionMap {
  const result = parseMapFile(text);
  if (!result.ok) {
    const problem = result.error.problems[0];
    throw new Error(
      `the generated ${what} map is not valid: ${result.error.summary} ${problem ? `${problem.path}: ${problem.message}` : ''}`,
    );
  }
  return result.value;
}

let edits = 0;
/** The map with one node's state changed (alternating between two states, a new map each call). */
function editedOnce(map: DecisionMap): DecisionMap {
  edits++;
  const index = Math.floor(map.nodes.length / 2);
  const node = map.nodes[index]!;
  const states = statesOf(node);
  const next = withState(node, states[edits % 2 === 0 ? 1 : states.length - 1]!) ?? node;
  return { ...map, nodes: map.nodes.map((n, i) => (i === index ? next : n)) };
}

const ms = (value: number): string => (value >= 100 ? value.toFixed(0) : value.toFixed(2));
const mb = (text: string): string => `${(Buffer.byteLength(text) / 1024 / 1024).toFixed(2)} MB`;

/** Times each step and adds its row; the first step is the baseline the others are multiples of. */
function runSteps(
  label: string,
  steps: readonly Step[],
  runs: number,
  rows: string[][],
  misses: string[],
): void {
  let baseline = 0;
  for (const step of steps) {
    const timing = measure(step.work, runs);
    if (baseline === 0) baseline = timing.median;
    const ratio = timing.median / baseline;
    const pass = step.target === null || ratio <= step.target;
    if (!pass) misses.push(`${step.name} at ${label} nodes: ${ratio.toFixed(1)}× (target ≤ ${step.target}×)`);
    rows.push([
      label,
      step.name,
      String(timing.runs),
      ms(timing.min),
      ms(timing.median),
      ratio.toFixed(1),
      step.target === null ? '' : `≤ ${step.target}×`,
      step.target === null ? '' : pass ? 'PASS' : 'MISS',
    ]);
  }
}

function main(): number {
  const runs = Math.max(15, Number(option('runs') ?? 15) || 15);
  const strict = process.argv.includes('--strict');
  console.log(`Domain benchmark — ${availableParallelism()} cores, ${cpuModel()}, Node ${process.version}`);
  console.log(
    `Median of at least ${runs} runs and 1 s per step, after at least 300 ms of warm-up; ` +
      'ratio = median / median of JSON.parse on the same text.\n',
  );

  const rows: string[][] = [['nodes', 'step', 'runs', 'min ms', 'median ms', '× JSON.parse', 'target', '']];
  const misses: string[] = [];
  for (const size of SIZES) {
    const generated = generateMap(size, SEED + size);
    const text = serializeMapFile(generated, EXPORTED_AT);
    const before = parsed(text, `${size}-node`);
    const after = parsed(
      serializeMapFile(evolveMap(generated, SEED + size + 1), EXPORTED_AT),
      `evolved ${size}-node`,
    );
    console.log(
      `${size.toLocaleString('en-US')} nodes: ${before.edges.length.toLocaleString('en-US')} edges, ${before.plan.length} plan items, file ${mb(text)}; ` +
        `next quarter: ${after.nodes.length.toLocaleString('en-US')} nodes, ${after.edges.length.toLocaleString('en-US')} edges`,
    );
    const steps: Step[] = [
      { name: 'JSON.parse(text)', target: null, work: () => JSON.parse(text) },
      { name: 'parseMapFile(text)', target: 6, work: () => parseMapFile(text) },
      // A new edges array each run: a map read afresh, which builds its scoring graph (no reuse).
      { name: 'analyze(map)', target: 3, work: () => analyze({ ...before, edges: [...before.edges] }) },
      // One node's state changed, as in a workshop: the scoring graph of the map before is reused.
      { name: 'analyze(map) after an edit', target: null, work: () => analyze(editedOnce(before)) },
      { name: 'diff(a, b)', target: 5, work: () => diff(before, after) },
    ];
    runSteps(size.toLocaleString('en-US'), steps, runs, rows, misses);
  }

  // Issue 15: the same 10,000-node map with evidence on half the nodes and 10,000 deals.
  {
    const size = 10_000;
    const generated = withEvidenceAndDeals(generateMap(size, SEED + size), 10_000, SEED + 15);
    const text = serializeMapFile(generated, EXPORTED_AT);
    const map = parsed(text, 'evidence-and-deals');
    console.log(
      `${size.toLocaleString('en-US')} nodes with evidence on ${map.nodes.filter((n) => n.evidence).length.toLocaleString('en-US')} and ${(map.deals ?? []).length.toLocaleString('en-US')} deals: file ${mb(text)}`,
    );
    runSteps(
      '10,000 + deals',
      [
        { name: 'JSON.parse(text)', target: null, work: () => JSON.parse(text) },
        { name: 'parseMapFile(text)', target: 6, work: () => parseMapFile(text) },
        {
          name: 'analyze(map) incl. evidence + marketCheck',
          target: 3,
          work: () => analyze({ ...map, edges: [...map.edges] }),
        },
      ],
      runs,
      rows,
      misses,
    );
  }

  // Hubs: four times the proofs on one approver and one risk should cost about four times the work
  // (linear), never sixteen (each proof revisiting the hub). Both sizes measured in this run.
  const hubSmall = measure(() => analyze(makeHubMap(4_000)), runs);
  const hubLarge = measure(() => analyze(makeHubMap(16_000)), runs);
  const hubRatio = hubLarge.median / hubSmall.median;
  const hubPass = hubRatio <= 8;
  if (!hubPass)
    misses.push(
      `analyze on hubs grows ${hubRatio.toFixed(1)}× for 4× the proofs (linear ≈ 4×, allowed ≤ 8×)`,
    );
  rows.push([
    '4,000 hub',
    'analyze (build included)',
    String(hubSmall.runs),
    ms(hubSmall.min),
    ms(hubSmall.median),
    '',
    '',
    '',
  ]);
  rows.push([
    '16,000 hub',
    'analyze (build included)',
    String(hubLarge.runs),
    ms(hubLarge.min),
    ms(hubLarge.median),
    `${hubRatio.toFixed(1)}× the 4,000 hub`,
    '≤ 8×',
    hubPass ? 'PASS' : 'MISS',
  ]);

  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  console.log('');
  for (const row of rows)
    console.log(
      row
        .map((cell, c) => (c === 1 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
        .join('  '),
    );
  console.log('');
  if (misses.length === 0) console.log('Every target met.');
  else for (const miss of misses) console.log(`MISS: ${miss}`);
  return strict && misses.length > 0 ? 1 : 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`The benchmark could not run: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}

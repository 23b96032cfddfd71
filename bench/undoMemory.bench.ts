/**
 * What the analyses an undo history keeps hold in memory. The workbench memoises one analysis per map
 * and undo keeps the last 200 maps, so every edit's analysis stays as long as its map does. An analysis
 * computes some parts only when they are first read (src/domain/analysis/analyze.ts): this checks that
 * it keeps no more than its results once they are read (no score model, no working arrays), against the
 * same results as plain data, measured in the same run.
 *
 *   npx tsx --expose-gc bench/undoMemory.bench.ts            # 1,000 and 10,000 nodes, 200 edits
 *   npx tsx --expose-gc bench/undoMemory.bench.ts --strict   # exit 1 when the target is missed
 */
import { analyze } from '../src/domain/analysis/analyze';
import type { Analysis } from '../src/domain/analysis/types';
import type { DecisionMap } from '../src/domain/records/map';
import { statesOf, withState } from '../src/domain/records/nodeState';
import { generateMap } from './generateMap';
import { cpuModel } from './machine';

const SEED = 20260924;
const EDITS = 200;
/** Kept analyses, every part read, may hold this much more than their results as plain data. */
const TARGET = 1.1;

/** Every part an analysis computes when first read, read (as the canvas reads them after an edit). */
function readAll(analysis: Analysis): Analysis {
  for (const part of [analysis.path, analysis.approvers, analysis.plan, analysis.evidence, analysis.stalls])
    if (part === undefined) throw new Error('an analysis part is missing');
  return analysis;
}

/** The heap left after a collection, once the current task has ended (weakly held objects can go then). */
async function heapAfterCollection(gc: () => void): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** The heap each of EDITS state edits keeps (KB), its map and what `keep` makes of it kept alive. */
async function keptPerEdit(
  size: number,
  gc: () => void,
  keep: (map: DecisionMap) => unknown,
): Promise<number> {
  let map = generateMap(size, SEED + size);
  analyze(map);
  const kept: unknown[] = [];
  const before = await heapAfterCollection(gc);
  for (let edit = 0; edit < EDITS; edit++) {
    const index = (edit * 7919) % map.nodes.length;
    const node = map.nodes[index]!;
    const states = statesOf(node);
    const edited = withState(node, states[edit % states.length]!) ?? node;
    map = { ...map, nodes: map.nodes.map((n, i) => (i === index ? edited : n)) };
    kept.push(map, keep(map));
  }
  const after = await heapAfterCollection(gc);
  if (kept.length !== 2 * EDITS) throw new Error('the history was not kept');
  return (after - before) / EDITS / 1e3;
}

async function main(): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) {
    console.error('Run with --expose-gc: npx tsx --expose-gc bench/undoMemory.bench.ts');
    return 1;
  }
  console.log(`Undo memory — ${cpuModel()}, Node ${process.version}; ${EDITS} state edits kept, KB per edit`);
  const misses: string[] = [];
  const rows = [
    [
      'nodes',
      'map',
      'analysis, read at the edit',
      'analysis, every part read',
      'as plain data',
      'ratio',
      'target',
      '',
    ],
  ];
  for (const size of [1_000, 10_000]) {
    const maps = await keptPerEdit(size, gc, () => null);
    const atEdit =
      (await keptPerEdit(size, gc, (m) => {
        const analysis = analyze(m);
        return analysis.score >= 0 ? analysis : null;
      })) - maps;
    const read = (await keptPerEdit(size, gc, (m) => readAll(analyze(m)))) - maps;
    const plain =
      (await keptPerEdit(size, gc, (m) => JSON.parse(JSON.stringify(analyze(m))) as unknown)) - maps;
    const ratio = read / plain;
    const pass = ratio <= TARGET;
    if (!pass)
      misses.push(
        `${size} nodes: kept analyses hold ${ratio.toFixed(2)}× their plain results (≤ ${TARGET}×)`,
      );
    rows.push([
      size.toLocaleString('en-US'),
      maps.toFixed(0),
      atEdit.toFixed(0),
      read.toFixed(0),
      plain.toFixed(0),
      `${ratio.toFixed(2)}×`,
      `≤ ${TARGET}×`,
      pass ? 'PASS' : 'MISS',
    ]);
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const row of rows) console.log(row.map((cell, c) => cell.padStart(widths[c]!)).join('  '));
  console.log('');
  if (misses.length === 0) console.log('Every target met.');
  else for (const miss of misses) console.log(`MISS: ${miss}`);
  return process.argv.includes('--strict') && misses.length > 0 ? 1 : 0;
}

process.exitCode = await main();

/**
 * The browser benchmark: the workbench against bare React Flow showing the same nodes and edges, in
 * headless Chromium, production builds, one page at a time, both pages measured in the same run and
 * interleaved (workbench first in odd rounds, bare first in even ones), so the machine's load falls on
 * both alike and the workbench/bare ratios hold where absolute times do not.
 *
 *   npm run bench:browser                        # 200, 1,000 and 2,000 nodes, 4 rounds
 *   npx tsx bench/browser/browser.bench.ts --rounds 6 --sizes 1000 --strict   # exit 1 on a missed target
 */
import { chromium } from '@playwright/test';
import { rmSync } from 'node:fs';
import { availableParallelism, totalmem } from 'node:os';
import { serializeMapFile } from '../../src/domain/format/serialize';
import { generateMap } from '../generateMap';
import { centralProof } from './benchMaps';
// @ts-expect-error -- a plain .mjs helper shared with the end-to-end tests
import { CHROMIUM_ARGS, HOW_TO_GET_ONE, findChromium } from '../../scripts/find-chromium.mjs';
import { buildForBench } from './build';
import { heapAfterOpenClose } from './heap';
import {
  canvasSize,
  dragSteps,
  editSteps,
  frameSteps,
  openPage,
  panSteps,
  settle,
  timeOpen,
  type BenchFile,
  type PageKind,
  type PageSetup,
} from './pages';
import type { SeriesOptions } from './probes';
import { serveBench } from './server';
import { ms, printTable, summarize } from './stats';
import { cpuModel, option } from '../machine';

const SEED = 20260924;
const EXPORTED_AT = '2026-09-24T09:00:00.000Z';
/** One frame at 60 Hz. */
const FRAME_MS = 1000 / 60;
const SERIES: SeriesOptions = { steps: 30, stepPx: 6 };
const HEAP_CYCLES = 10;
/** Frames timed per visit for the floor row (a word changed outside the canvas). */
const FRAME_STEPS = 10;
const HEAP_SIZE = 1_000;

function benchFile(
  size: number,
  id = `bench-${size}`,
  title = `Portfolio of ${size} nodes`,
): BenchFile & {
  title: string;
} {
  const map = { ...generateMap(size, SEED + size), id, title };
  return {
    name: `${id}.json`,
    text: serializeMapFile(map, EXPORTED_AT),
    expected: map.nodes.length + map.plan.length,
    dragId: centralProof(map.nodes),
    title,
  };
}

interface Samples {
  open: number[];
  drag: number[];
  pan: number[];
  edit: number[];
  /** The click's own task, of each edit: the store, the analysis and the render it made. */
  editOwn: number[];
  editFrames: number[];
  frame: number[];
}

const emptySamples = (): Samples => ({
  open: [],
  drag: [],
  pan: [],
  edit: [],
  editOwn: [],
  editFrames: [],
  frame: [],
});

/** One visit: a fresh page opens the file, then drags, pans and (workbench) edits. */
async function visit(setup: PageSetup, kind: PageKind, file: BenchFile, edits: number, into: Samples) {
  const { context, page } = await openPage(setup, kind);
  try {
    into.open.push(await timeOpen(page, file));
    await settle(page);
    into.drag.push(...(await dragSteps(page, file.dragId, SERIES)));
    await settle(page);
    into.pan.push(...(await panSteps(page, SERIES)));
    await settle(page);
    into.frame.push(...(await frameSteps(page, FRAME_STEPS)));
    if (kind === 'workbench') {
      await settle(page);
      const edited = await editSteps(page, file.dragId, edits);
      into.edit.push(...edited.ms);
      into.editOwn.push(...edited.own);
      into.editFrames.push(...edited.frames);
    }
  } finally {
    await context.close();
  }
}

interface Verdict {
  text: string;
  pass: boolean | null;
}

const ratioAtMost = (ratio: number, limit: number): Verdict => ({
  text: `ratio ≤ ${limit}×`,
  pass: ratio <= limit,
});

async function main(): Promise<number> {
  const sizes = (option('sizes') ?? '200,1000,2000')
    .split(',')
    .map(Number)
    .filter((n) => n > 0);
  const rounds = Math.max(1, Number(option('rounds') ?? 4) || 4);
  const edits = Math.max(2, Number(option('edits') ?? 8) || 8);
  const strict = process.argv.includes('--strict');
  const skipHeap = process.argv.includes('--no-heap');
  const executablePath = findChromium() as string | null;
  if (!executablePath) {
    console.error(HOW_TO_GET_ONE);
    return 1;
  }

  console.log(
    `Browser benchmark — ${availableParallelism()} cores, ${cpuModel()}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}`,
  );
  const built = await buildForBench();
  process.on('exit', () => rmSync(built.dir, { recursive: true, force: true }));
  const server = await serveBench(built.appDir, built.bareDir);
  const browser = await chromium.launch({
    executablePath,
    args: [
      ...(CHROMIUM_ARGS as string[]),
      '--disable-frame-rate-limit',
      '--disable-gpu-vsync',
      '--js-flags=--expose-gc',
    ],
  });
  console.log(`${browser.version()} headless, viewport 1920×1080, production builds, one page at a time.`);
  console.log(
    `${rounds} rounds per size, each a fresh page per side; drag and pan: ${SERIES.steps} pointer moves of ${SERIES.stepPx} px per round; ` +
      `edit: ${edits} inspector edits per round. Medians; ratio = workbench ÷ bare.\n`,
  );

  const misses: string[] = [];
  const frameNotes: string[] = [];
  const rows: string[][] = [
    ['nodes', 'step', 'workbench ms', 'bare ms', 'ratio', 'wb p95', 'wb max', 'bare max', 'target', ''],
  ];
  try {
    const setup: PageSetup = { browser, origin: server.origin, probes: built.probes, flowSize: null };
    const first = await openPage(setup, 'workbench');
    setup.flowSize = await canvasSize(first.page);
    await first.context.close();

    for (const size of sizes) {
      const file = benchFile(size);
      const samples: Record<PageKind, Samples> = { workbench: emptySamples(), bare: emptySamples() };
      const started = Date.now();
      for (let round = 0; round < rounds; round++) {
        const order: PageKind[] = round % 2 === 0 ? ['workbench', 'bare'] : ['bare', 'workbench'];
        for (const kind of order) await visit(setup, kind, file, edits, samples[kind]);
      }
      const edges = JSON.parse(file.text).map.edges.length as number;
      console.log(
        `${size.toLocaleString('en-US')} nodes (${file.expected.toLocaleString('en-US')} on the canvas with plan items, ${edges.toLocaleString('en-US')} edges): ${((Date.now() - started) / 1000).toFixed(0)} s`,
      );

      const steps: {
        name: string;
        key: keyof Samples;
        verdict: (ratio: number, max: number, median: number) => Verdict | null;
      }[] = [
        {
          name: 'open → nodes painted',
          key: 'open',
          verdict: (ratio) => (size === 1_000 ? ratioAtMost(ratio, 1.5) : null),
        },
        {
          name: 'drag step',
          key: 'drag',
          verdict: (ratio, max) =>
            size <= 1_000 ? ratioAtMost(ratio, 1.25) : { text: 'max ≤ 100 ms', pass: max <= 100 },
        },
        {
          name: 'pan step',
          key: 'pan',
          verdict: (ratio, max) =>
            size <= 1_000 ? ratioAtMost(ratio, 1.25) : { text: 'max ≤ 100 ms', pass: max <= 100 },
        },
        {
          name: 'one frame (a word changed)',
          key: 'frame',
          verdict: () => null,
        },
        {
          name: 'edit → score painted',
          key: 'edit',
          verdict: (_ratio, _max, median) =>
            size === 1_000
              ? { text: `≤ 1 frame (${FRAME_MS.toFixed(1)} ms)`, pass: median <= FRAME_MS }
              : null,
        },
        {
          name: '  of which the click itself',
          key: 'editOwn',
          verdict: () => null,
        },
      ];
      const frames = samples.workbench.editFrames;
      if (frames.length > 0) {
        const next = frames.filter((frame) => frame === 1).length;
        frameNotes.push(
          `${size.toLocaleString('en-US')} nodes: the edit's new score was in the very next frame after ${next} of ${frames.length} edits (latest: frame ${Math.max(...frames)})`,
        );
      }
      for (const step of steps) {
        const wb = summarize(samples.workbench[step.key]);
        const bare = summarize(samples.bare[step.key]);
        const ratio = wb.median / bare.median;
        const verdict = step.verdict(ratio, wb.max, wb.median);
        if (verdict?.pass === false) {
          misses.push(
            `${step.name} at ${size.toLocaleString('en-US')} nodes: ${verdict.text} missed (median ${ms(wb.median)} ms, ratio ${Number.isNaN(ratio) ? '—' : ratio.toFixed(2)}×, max ${ms(wb.max)} ms)`,
          );
        }
        rows.push([
          size.toLocaleString('en-US'),
          step.name,
          ms(wb.median),
          ms(bare.median),
          Number.isNaN(ratio) ? '—' : `${ratio.toFixed(2)}×`,
          ms(wb.p95),
          ms(wb.max),
          ms(bare.max),
          verdict?.text ?? '',
          verdict === null ? '' : verdict.pass ? 'PASS' : 'MISS',
        ]);
      }
    }
    console.log('');
    printTable(rows, [1, 8]);
    for (const note of frameNotes) console.log(note);

    if (!skipHeap) {
      console.log(
        `\nHeap: open and close ${HEAP_CYCLES} maps of ${HEAP_SIZE.toLocaleString('en-US')} nodes in one workbench page; readings after garbage collection.`,
      );
      try {
        const heap = await heapAfterOpenClose(
          setup,
          (cycle) => benchFile(HEAP_SIZE, `bench-heap-${cycle}`, `Heap check ${cycle + 1}`),
          HEAP_CYCLES,
        );
        const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
        const growth = (from: number, to: number) => to / from - 1;
        const percent = (value: number) => `${value >= 0 ? '+' : ''}${(value * 100).toFixed(1)}%`;
        console.log(`  used JS heap after each close: ${heap.usedAfterEach.map(mb).join(', ')}`);
        const readings = [
          { name: 'used JS heap, from the start', from: heap.start.used, to: heap.end.used },
          { name: 'JS data (no compiled code), from the start', from: heap.start.data, to: heap.end.data },
          { name: 'used JS heap, from the first close', from: heap.afterFirst.used, to: heap.end.used },
          {
            name: 'JS data (no compiled code), from the first close',
            from: heap.afterFirst.data,
            to: heap.end.data,
          },
        ];
        for (const reading of readings) {
          const change = growth(reading.from, reading.to);
          const pass = change <= 0.1;
          console.log(
            `  ${reading.name}: ${mb(reading.from)} → ${mb(reading.to)}, ${percent(change)} (target within 10%) ${pass ? 'PASS' : 'MISS'}`,
          );
          if (!pass)
            misses.push(
              `heap after ${HEAP_CYCLES} open/close cycles, ${reading.name}: ${percent(change)} (target ≤ 10%)`,
            );
        }
        console.log(
          `  V8 compiled code (bytecode and optimised code of what the cycles ran): ${mb(heap.start.code)} → ${mb(heap.afterFirst.code)} → ${mb(heap.end.code)}`,
        );
      } catch (error) {
        misses.push(
          `heap check could not run: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
        );
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }

  console.log('');
  if (misses.length === 0) console.log('Every browser target met.');
  else for (const miss of misses) console.log(`MISS: ${miss}`);
  return strict && misses.length > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(
      `The browser benchmark could not run: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = 1;
  },
);

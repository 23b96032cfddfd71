/**
 * Where a step's time goes: records a Chromium trace of one series (drag, pan, edit or open) in the
 * workbench and in bare React Flow, and prints the thread time per kind of work (script, style, layout,
 * paint, layerize, raster, …) per step, side by side. The browser benchmark says how far apart the two
 * pages are; this says why.
 *
 *   npx tsx bench/browser/trace.ts --size 1000 --step drag     # step: drag | pan | edit | open
 *   npx tsx bench/browser/trace.ts --size 200 --step drag --save /tmp/traces   # also keep the .json traces
 *   npx tsx bench/browser/trace.ts --step drag --css '.react-flow__minimap{display:none}'   # try a change
 *
 *   npx tsx bench/browser/trace.ts --step drag --profile       # and the functions that took the script time
 *
 * `--profile` builds both pages unminified (readable names; a little slower) and prints the functions
 * with the most self time in a CPU profile of the series. `--css` adds a stylesheet to the workbench page once the map is open: a quick way to see what a
 * change to the cards' styles would save before making it.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serializeMapFile } from '../../src/domain/format/serialize';
import { generateMap } from '../generateMap';
// @ts-expect-error -- a plain .mjs helper shared with the end-to-end tests
import { CHROMIUM_ARGS, HOW_TO_GET_ONE, findChromium } from '../../scripts/find-chromium.mjs';
import { option } from '../machine';
import { buildForBench } from './build';
import {
  canvasSize,
  dragSteps,
  editSteps,
  openPage,
  panSteps,
  settle,
  timeOpen,
  type BenchFile,
  type PageKind,
  type PageSetup,
} from './pages';
import { printTable } from './stats';
import { centralProof } from './benchMaps';

type Step = 'drag' | 'pan' | 'edit' | 'open';
const STEPS: readonly Step[] = ['drag', 'pan', 'edit', 'open'];
const SERIES = { steps: 30, stepPx: 6 };

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { name?: string };
}

/** Trace event names, grouped into the kinds of work DevTools' performance panel shows. */
const GROUPS: Record<string, readonly string[]> = {
  script: [
    'FunctionCall',
    'EventDispatch',
    'FireAnimationFrame',
    'TimerFire',
    'RunMicrotasks',
    'v8.callFunction',
    'V8.Execute',
    'EvaluateScript',
    'v8.run',
  ],
  'gc (in script)': ['MinorGC', 'MajorGC', 'V8.GC_SCAVENGER', 'V8.GC_MARK_COMPACTOR'],
  style: ['UpdateLayoutTree', 'RecalculateStyles'],
  layout: ['Layout'],
  'pre-paint': ['PrePaint'],
  paint: ['Paint'],
  layerize: ['Layerize'],
  commit: ['Commit'],
  'raster (other threads)': ['RasterTask'],
};

/** Thread time per group: the outermost events of each group only, so nested ones are not counted twice. */
function threadTime(events: readonly TraceEvent[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const [group, names] of Object.entries(GROUPS)) {
    const wanted = new Set(names);
    const byThread = new Map<string, TraceEvent[]>();
    for (const event of events) {
      if (event.ph !== 'X' || !wanted.has(event.name) || event.dur === undefined) continue;
      const key = `${event.pid}:${event.tid}`;
      const list = byThread.get(key) ?? [];
      list.push(event);
      byThread.set(key, list);
    }
    let total = 0;
    for (const list of byThread.values()) {
      list.sort((a, b) => a.ts - b.ts);
      let end = -Infinity;
      for (const event of list) {
        if (event.ts >= end) {
          total += event.dur ?? 0;
          end = event.ts + (event.dur ?? 0);
        }
      }
    }
    totals[group] = total / 1000;
  }
  return totals;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time per function (name and file) in a CPU profile, largest first, in ms. */
function selfTimes(profile: CpuProfile): [string, number][] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    if (!frame) return;
    const file = frame.url.split('/').pop() ?? '';
    const key = `${frame.functionName || '(anonymous)'} ${file}${file ? `:${frame.lineNumber + 1}` : ''}`;
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals].sort((a, b) => b[1] - a[1]);
}

async function profiled(
  page: Page,
  run: () => Promise<number[]>,
): Promise<{ steps: number[]; profile: CpuProfile }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const steps = await run();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  await cdp.detach();
  return { steps, profile };
}

async function traced(
  browser: Browser,
  page: Page,
  run: () => Promise<number[]>,
): Promise<{ steps: number[]; events: TraceEvent[]; raw: Buffer }> {
  await browser.startTracing(page, {
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'v8',
      'v8.execute',
      'blink',
      'cc',
      'disabled-by-default-v8.gc',
      'disabled-by-default-devtools.timeline.invalidationTracking',
    ],
  });
  const steps = await run();
  const raw = await browser.stopTracing();
  const parsed = JSON.parse(raw.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  return { steps, events, raw };
}

interface Measured {
  perStep: Record<string, number>;
  median: number;
  raw: Buffer | null;
  functions: [string, number][];
}

async function measure(
  setup: PageSetup,
  kind: PageKind,
  file: BenchFile,
  step: Step,
  options: { css: string | undefined; profile: boolean },
): Promise<Measured> {
  const { context, page } = await openPage(setup, kind);
  try {
    let run: () => Promise<number[]>;
    if (step === 'open') {
      run = async () => [await timeOpen(page, file)];
    } else {
      await timeOpen(page, file);
      if (options.css !== undefined && kind === 'workbench') await page.addStyleTag({ content: options.css });
      await settle(page);
      run =
        step === 'drag'
          ? () => dragSteps(page, file.dragId, SERIES)
          : step === 'pan'
            ? () => panSteps(page, SERIES)
            : async () => (await editSteps(page, file.dragId, 8)).ms;
    }
    const median = (steps: number[]) =>
      [...steps].sort((x, y) => x - y)[Math.floor(steps.length / 2)] ?? Number.NaN;
    if (options.profile) {
      const { steps, profile } = await profiled(page, run);
      const functions = selfTimes(profile).map(([name, ms]): [string, number] => [name, ms / steps.length]);
      return { perStep: {}, median: median(steps), raw: Buffer.from(JSON.stringify(profile)), functions };
    }
    const result = await traced(setup.browser, page, run);
    const count = result.steps.length;
    const totals = threadTime(result.events);
    const perStep = Object.fromEntries(Object.entries(totals).map(([group, ms]) => [group, ms / count]));
    return { perStep, median: median(result.steps), raw: result.raw, functions: [] };
  } finally {
    await context.close();
  }
}

async function main(): Promise<number> {
  const size = Number(option('size') ?? 1000);
  const step = (option('step') ?? 'drag') as Step;
  const save = option('save');
  if (!STEPS.includes(step)) {
    console.error(`--step must be one of ${STEPS.join(', ')}`);
    return 2;
  }
  const executablePath = findChromium() as string | null;
  if (!executablePath) {
    console.error(HOW_TO_GET_ONE);
    return 1;
  }
  const profile = process.argv.includes('--profile');
  const built = await buildForBench({ minify: !profile });
  process.on('exit', () => rmSync(built.dir, { recursive: true, force: true }));
  const { serveBench } = await import('./server');
  const server = await serveBench(built.appDir, built.bareDir);
  const browser = await chromium.launch({
    executablePath,
    args: [...(CHROMIUM_ARGS as string[]), '--disable-frame-rate-limit', '--disable-gpu-vsync'],
  });
  try {
    const setup: PageSetup = { browser, origin: server.origin, probes: built.probes, flowSize: null };
    const first = await openPage(setup, 'workbench');
    setup.flowSize = await canvasSize(first.page);
    await first.context.close();

    const map = generateMap(size, 20260924 + size);
    const file: BenchFile = {
      name: `trace-${size}.json`,
      text: serializeMapFile({ ...map, id: `trace-${size}` }, '2026-09-24T09:00:00.000Z'),
      expected: map.nodes.length + map.plan.length,
      dragId: centralProof(map.nodes),
    };
    const kinds: PageKind[] = step === 'edit' ? ['workbench'] : ['workbench', 'bare'];
    const results = new Map<PageKind, Measured>();
    for (const kind of kinds) {
      const result = await measure(setup, kind, file, step, { css: option('css'), profile }).catch(
        (error: unknown) => {
          throw new Error(`${kind}: ${error instanceof Error ? error.message : String(error)}`);
        },
      );
      results.set(kind, result);
      if (profile) {
        console.log(
          `\n${kind}: self time per ${step === 'open' ? 'open' : 'step'}, ms (CPU profile, unminified build)`,
        );
        printTable(
          result.functions.slice(0, 25).map(([name, ms]) => [name, ms.toFixed(2)]),
          [0],
        );
      }
      if (save && result.raw) {
        mkdirSync(save, { recursive: true });
        writeFileSync(join(save, `${kind}-${step}-${size}.${profile ? 'cpuprofile' : 'json'}`), result.raw);
      }
    }
    if (profile) return 0;
    console.log(
      `${step} at ${size.toLocaleString('en-US')} nodes: thread time per ${step === 'open' ? 'open' : 'step'}, ms (all threads of the page)\n`,
    );
    const rows: string[][] = [['work', ...kinds.map((kind) => `${kind} ms`)]];
    for (const group of Object.keys(GROUPS)) {
      rows.push([group, ...kinds.map((kind) => (results.get(kind)?.perStep[group] ?? 0).toFixed(2))]);
    }
    rows.push(['step median (wall)', ...kinds.map((kind) => (results.get(kind)?.median ?? 0).toFixed(1))]);
    printTable(rows, [0]);
    return 0;
  } finally {
    await browser.close();
    await server.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

/**
 * The CSV door in the browser: a CRM export chosen in the Deals tab's real file input, timed from the
 * input's change event to the step that answers (the column mapping with its summary, or the refusal),
 * with the page's responsiveness meanwhile (the longest task and the longest gap between animation
 * frames). Baseline in the same page and run: reading the same file and splitting it on commas and line
 * ends, the least any import must do.
 *
 *   npx tsx bench/browser/dealImport.bench.ts                 # 4 rounds
 *   npx tsx bench/browser/dealImport.bench.ts --rounds 8 --strict
 *
 * A map holds at most 10,000 deals (FORMAT.md), so the 50,000-row export of the issue's target is
 * refused: it is timed to its refusal, and the 10,000-row export (the most that imports) to its
 * mapping step and through Import to the deal count shown.
 */
import { chromium, type Page } from '@playwright/test';
import { readFileSync, rmSync } from 'node:fs';
import { availableParallelism, totalmem } from 'node:os';
// @ts-expect-error -- a plain .mjs helper shared with the end-to-end tests
import { CHROMIUM_ARGS, HOW_TO_GET_ONE, findChromium } from '../../scripts/find-chromium.mjs';
import { cpuModel, option } from '../machine';
import { buildForBench } from './build';
import { serveBench } from './server';
import { ms, printTable, summarize } from './stats';

const TARGET_MS = 2_000;
/** A task or frame gap longer than this is a freeze a person notices (a click answered late). */
const FREEZE_MS = 200;
const OUTCOMES = ['Closed Won', 'Closed Lost', 'No decision', 'Open', 'lost', 'won'];

/** A CRM export of `rows` deals stalled at the sample map's nodes, by id and by label, some unknown. */
function crmExport(rows: number): string {
  const sample = JSON.parse(readFileSync('public/sample-map.json', 'utf8')) as {
    map: { nodes: { id: string; label: string }[] };
  };
  const names = sample.map.nodes.flatMap((n) => [n.id, n.label]);
  const lines = ['Opportunity Name,Stage,Close Date,Amount,Stalled at'];
  for (let i = 0; i < rows; i++) {
    const stalled =
      i % 7 === 0 ? 'The board' : `${names[i % names.length]}; ${names[(i * 3) % names.length]}`;
    const date = i % 11 === 0 ? '03/04/2026' : `2026-${String((i % 12) + 1).padStart(2, '0')}-15`;
    lines.push(
      `"Account ${i}, Inc.",${OUTCOMES[i % OUTCOMES.length]},${date},${(i * 37) % 100000},"${stalled}"`,
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

interface Reading {
  ms: number;
  longestTask: number;
  longestGap: number;
}

/** Installs the watchers in the page: change → answer time, long tasks, animation-frame gaps. */
async function watch(page: Page, answer: string): Promise<void> {
  // Plain text, not a function: tsx would name the inner functions with a helper the page lacks.
  await page.evaluate(`(() => {
    const selector = ${JSON.stringify(answer)};
    const state = { start: 0, end: 0, tasks: [], gaps: [] };
    window.dealBench = state;
    document.addEventListener('change', () => { state.start = performance.now(); }, { capture: true, once: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (state.start > 0 && (state.end === 0 || entry.startTime < state.end))
          state.tasks.push(entry.startTime + entry.duration - Math.max(entry.startTime, state.start));
    }).observe({ type: 'longtask' });
    let last = performance.now();
    const onFrame = (now) => {
      if (state.start > 0 && state.end === 0) state.gaps.push(now - Math.max(last, state.start));
      last = now;
      if (state.end === 0) requestAnimationFrame(onFrame);
    };
    requestAnimationFrame(onFrame);
    new MutationObserver(() => {
      if (state.start > 0 && state.end === 0 && document.querySelector(selector)) state.end = performance.now();
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  })()`);
}

async function read(page: Page): Promise<Reading> {
  await page.waitForFunction(
    () => (window as unknown as { dealBench: { end: number } }).dealBench.end > 0,
    null,
    {
      timeout: 60_000,
    },
  );
  return page.evaluate(() => {
    const s = (
      window as unknown as { dealBench: { start: number; end: number; tasks: number[]; gaps: number[] } }
    ).dealBench;
    return { ms: s.end - s.start, longestTask: Math.max(0, ...s.tasks), longestGap: Math.max(0, ...s.gaps) };
  });
}

/** The floor: the same bytes read as text and split into cells, in the same page. */
async function baseline(page: Page, csv: string): Promise<number> {
  return page.evaluate(async (text) => {
    const file = new File([text], 'deals.csv', { type: 'text/csv' });
    const start = performance.now();
    const rows = (await file.text()).split('\r\n').map((line) => line.split(','));
    if (rows.length < 2) throw new Error('no rows');
    return performance.now() - start;
  }, csv);
}

async function main(): Promise<number> {
  const rounds = Math.max(1, Number(option('rounds') ?? 4) || 4);
  const strict = process.argv.includes('--strict');
  const executablePath = findChromium() as string | null;
  if (!executablePath) {
    console.error(HOW_TO_GET_ONE);
    return 1;
  }
  console.log(
    `Deal import benchmark — ${availableParallelism()} cores, ${cpuModel()}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}`,
  );
  const built = await buildForBench();
  process.on('exit', () => rmSync(built.dir, { recursive: true, force: true }));
  const server = await serveBench(built.appDir, built.bareDir);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS as string[] });
  console.log(
    `${browser.version()} headless, viewport 1920×1080, production build, ${rounds} rounds, a fresh page each. ` +
      `Time from the file input's change to the answer shown; medians, with the worst task and frame gap of all rounds.\n`,
  );
  const cases = [
    { name: '50,000 rows → refused (over 10,000 deals)', rows: 50_000, answer: '.deal-import__refused' },
    { name: '10,000 rows → column mapping and summary', rows: 10_000, answer: '.deal-import__summary' },
  ];
  const misses: string[] = [];
  const table: string[][] = [
    ['file', 'MB', 'import ms', 'baseline ms', 'ratio', 'longest task', 'longest frame gap', 'target', ''],
  ];
  const importMs: number[] = [];
  try {
    for (const c of cases) {
      const csv = crmExport(c.rows);
      const times: number[] = [];
      const floors: number[] = [];
      let task = 0;
      let gap = 0;
      for (let round = 0; round < rounds; round++) {
        const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
        const page = await context.newPage();
        try {
          await page.goto(`${server.origin}/`);
          await page.locator('main[aria-busy="false"]').waitFor();
          await page.getByRole('tab', { name: /^Deals/ }).click();
          await page.getByLabel('Deals CSV file').waitFor({ state: 'attached' });
          floors.push(await baseline(page, csv));
          await watch(page, c.answer);
          await page
            .getByLabel('Deals CSV file')
            .setInputFiles({ name: 'crm-export.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
          const reading = await read(page);
          times.push(reading.ms);
          task = Math.max(task, reading.longestTask);
          gap = Math.max(gap, reading.longestGap);
          if (c.rows === 10_000 && round === 0) {
            const start = Date.now();
            await page.getByRole('button', { name: /^Import [\d,]+ deals$/ }).click();
            await page.getByText(/^[\d,]+ deals: \d+ won/).waitFor();
            importMs.push(Date.now() - start);
          }
        } finally {
          await context.close();
        }
      }
      const t = summarize(times);
      const f = summarize(floors);
      const pass = t.median <= TARGET_MS && task <= FREEZE_MS && gap <= FREEZE_MS;
      if (!pass)
        misses.push(
          `${c.name}: median ${ms(t.median)} ms (target ≤ ${TARGET_MS}), longest task ${ms(task)} ms, frame gap ${ms(gap)} ms (target ≤ ${FREEZE_MS})`,
        );
      table.push([
        c.name,
        (Buffer.byteLength(csv) / 2 ** 20).toFixed(1),
        ms(t.median),
        ms(f.median),
        `${(t.median / f.median).toFixed(1)}×`,
        ms(task),
        ms(gap),
        `≤ ${TARGET_MS} ms, no task or gap > ${FREEZE_MS} ms`,
        pass ? 'PASS' : 'MISS',
      ]);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  printTable(table, [0, 7]);
  if (importMs.length > 0)
    console.log(
      `\nImport pressed → 10,000 deals counted in the Deals tab: ${importMs.map((v) => `${v} ms`).join(', ')} (one round, wall clock).`,
    );
  console.log('');
  if (misses.length === 0) console.log('Every deal import target met.');
  else for (const miss of misses) console.log(`MISS: ${miss}`);
  return strict && misses.length > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(
      `The deal import benchmark could not run: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = 1;
  },
);

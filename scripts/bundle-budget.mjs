// The first visit's JavaScript, measured as a first visit does it: at most 185 KB.
//
//   npx vite build && node scripts/bundle-budget.mjs [distDir]    # distDir defaults to ./dist
//
// Serves the build with `vite preview` (the project's config: the same Content-Security-Policy as the
// app ships with and the end-to-end tests use), opens it in Chromium (Playwright; CHROME_PATH or the
// usual places) with empty storage, and counts every JavaScript response from navigation until the page
// is idle: 1.5 s after the sample map is drawn (its first card on the canvas). Each response is gzipped
// at level 9, the best a server can send; KB = 1,024 bytes. Chunks loaded later (on a click) are not part
// of a first visit and are not counted. A page error or a CSP violation during the visit fails the check
// too. Exit 1 over budget, on trouble, or when the build cannot be measured.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, findChromium, HOW_TO_GET_ONE } from './find-chromium.mjs';

/** 185 KB, in KB of 1,024 bytes. */
export const BUDGET_BYTES = 185 * 1024;
/** The page is idle this long after the sample map is drawn. */
export const IDLE_MS = 1500;
/** What "the sample map is drawn" waits for: a card on the canvas. */
export const DRAWN_SELECTOR = '.react-flow__node';

/** The project, whose vite.config.ts (and so its Content-Security-Policy) `vite preview` serves the build with. */
const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** A JavaScript response (a script, a module, a modulepreload, a worker): by its type or its name. */
export const isJavaScript = (contentType, path = '') =>
  /\bjavascript\b|ecmascript/i.test(contentType ?? '') || /\.m?js$/i.test(path);

/** Each response's path with its raw and gzip (level 9) size, largest first, and the total gzip. */
export function measure(responses) {
  const rows = responses
    .map(({ path, body }) => ({ path, raw: body.length, gzip: gzipSync(body, { level: 9 }).length }))
    .sort((a, b) => b.gzip - a.gzip || a.path.localeCompare(b.path));
  return { rows, total: rows.reduce((sum, row) => sum + row.gzip, 0) };
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Visits `distDir` as a first visit: returns the JavaScript responses (path and body) that arrived from
 * navigation until `idleMs` after `drawnSelector` appeared, and what went wrong in the page meanwhile.
 */
export async function firstVisit(
  distDir,
  { idleMs = IDLE_MS, drawnSelector = DRAWN_SELECTOR, timeoutMs = 30_000 } = {},
) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(HOW_TO_GET_ONE);
  const [{ preview }, { chromium }] = await Promise.all([import('vite'), import('@playwright/test')]);
  const server = await preview({
    root: PROJECT,
    logLevel: 'silent',
    build: { outDir: resolve(distDir) },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    const troubles = [];
    page.on('pageerror', (error) => troubles.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || /content security policy/i.test(message.text()))
        troubles.push(`console: ${message.text()}`);
    });
    const pending = [];
    // The whole context, not only the page, so that a worker's scripts count too.
    context.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (!isJavaScript(response.headers()['content-type'], path)) return;
      pending.push(response.body().then((body) => ({ path, body })));
    });
    const origin = server.resolvedUrls?.local[0];
    if (!origin) throw new Error('vite preview gave no address');
    await page.goto(origin, { timeout: timeoutMs });
    await page.locator(drawnSelector).first().waitFor({ timeout: timeoutMs });
    await page.waitForTimeout(idleMs);
    const counted = pending.length;
    return { responses: await Promise.all(pending.slice(0, counted)), troubles };
  } finally {
    await browser.close();
    await new Promise((done) => server.httpServer.close(() => done()));
  }
}

function printTable({ rows, total }) {
  const lines = [
    ['first visit JavaScript', 'raw', 'gzip -9'],
    ...rows.map((r) => [r.path, kb(r.raw), kb(r.gzip)]),
  ];
  lines.push(['total', kb(rows.reduce((s, r) => s + r.raw, 0)), kb(total)]);
  const widths = [0, 1, 2].map((c) => Math.max(...lines.map((line) => line[c].length)));
  for (const line of lines)
    console.log(
      `${line[0].padEnd(widths[0])}  ${line[1].padStart(widths[1])}  ${line[2].padStart(widths[2])}`,
    );
}

async function main() {
  const distDir = resolve(process.argv[2] ?? 'dist');
  if (!existsSync(join(distDir, 'index.html'))) {
    console.error(
      `bundle budget: no build in ${distDir} (run \`npx vite build\` first, or pass the dist directory)`,
    );
    return 1;
  }
  let visit;
  try {
    visit = await firstVisit(distDir);
  } catch (error) {
    console.error(
      `bundle budget: the first visit could not be measured: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 1;
  }
  const measured = measure(visit.responses);
  printTable(measured);
  if (visit.troubles.length > 0) {
    console.error(
      `\nbundle budget: the page had trouble during the first visit:\n  ${visit.troubles.join('\n  ')}`,
    );
    return 1;
  }
  const over = measured.total - BUDGET_BYTES;
  console.log(
    over > 0
      ? `\nbundle budget: OVER — a first visit fetches ${kb(measured.total)} of JavaScript (gzip -9), ${kb(over)} over the ${kb(BUDGET_BYTES)} budget. Load what the first paint does not need with import(), when it is needed.`
      : `\nbundle budget: ok — a first visit fetches ${kb(measured.total)} of JavaScript (gzip -9) of ${kb(BUDGET_BYTES)} (${kb(-over)} to spare).`,
  );
  return over > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  process.exitCode = await main();

// `npm test`: every test there is — unit, component, command line (Vitest), then end-to-end in
// Chromium (Playwright) — and one closing line with the totals.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOW_TO_GET_ONE, findChromium } from './find-chromium.mjs';
import { HOW_TO_GET_SERVICES, findServices } from './find-services.mjs';

const dir = mkdtempSync(join(tmpdir(), 'obvious-tests-'));
const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
const readJson = (path) => {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
};

let passed = 0;
let failed = 0;
let exitCode = 0;

// Redis and PostgreSQL, for the tests of several sync-server instances: without them those tests are
// skipped on a developer's machine (this sentence says how to get them) and fail under CI=true.
if (!findServices()) {
  console.warn(HOW_TO_GET_SERVICES);
  if (process.env.CI) {
    failed += 1;
    exitCode = 1;
  }
}

// 1. Vitest: domain, state, components, command line, the sync server.
const vitestJson = join(dir, 'vitest.json');
const vitestStatus = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
const vitest = readJson(vitestJson);
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  // A file that fails to load counts as a failure even though none of its tests ran.
  failed += (vitest.numFailedTests ?? 0) + (vitest.numFailedTestSuites ?? 0);
}
if (vitestStatus !== 0) exitCode = 1;
if (!vitest && vitestStatus !== 0) failed += 1;

// 2. Playwright: end-to-end in a real Chromium against the production build.
const chromium = findChromium();
if (!chromium) {
  console.error(HOW_TO_GET_ONE);
  failed += 1;
  exitCode = 1;
} else {
  const built = run('npx', ['vite', 'build', '--logLevel', 'warn']);
  if (built !== 0) {
    failed += 1;
    exitCode = 1;
  } else {
    // A first visit's JavaScript, measured in Chromium, stays within its budget (185 KB); over it, the run fails.
    if (run('node', ['scripts/bundle-budget.mjs', 'dist'], { CHROME_PATH: chromium }) === 0) passed += 1;
    else {
      failed += 1;
      exitCode = 1;
    }
    const pwJson = join(dir, 'playwright.json');
    const pwStatus = run('npx', ['playwright', 'test', '--reporter=list,json'], {
      CHROME_PATH: chromium,
      PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson,
    });
    const pw = readJson(pwJson);
    passed += (pw?.stats?.expected ?? 0) + (pw?.stats?.flaky ?? 0);
    failed += pw?.stats?.unexpected ?? 0;
    // A run that fails with no failed test (its server could not start, say) still counts as one.
    if (pwStatus !== 0 && !(pw?.stats?.unexpected > 0)) failed += 1;
    if (pwStatus !== 0) exitCode = 1;
  }
}

rmSync(dir, { recursive: true, force: true });
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(exitCode);

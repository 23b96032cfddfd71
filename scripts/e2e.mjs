// Runs the end-to-end tests in a real Chromium against the production build.
import { spawnSync } from 'node:child_process';
import { HOW_TO_GET_ONE, findChromium } from './find-chromium.mjs';

const chromium = findChromium();
if (!chromium) {
  console.error(HOW_TO_GET_ONE);
  process.exit(1);
}

const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

if (!process.env.E2E_SKIP_BUILD) {
  const built = run('npx', ['vite', 'build', '--logLevel', 'warn']);
  if (built !== 0) process.exit(built);
}
process.exit(run('npx', ['playwright', 'test', ...process.argv.slice(2)], { CHROME_PATH: chromium }));

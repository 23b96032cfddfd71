import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

/** Random text that gzip cannot shrink much, so sizes are predictable. */
const noise = (bytes: number, seed: number) => {
  let x = seed;
  let out = '';
  while (out.length < bytes) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    out += x.toString(36);
  }
  return `export const n${seed} = ${JSON.stringify(out.slice(0, bytes))};\n`;
};

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A built app like ours: the entry loads the app with import(); the app lazy-loads a screen. */
function fakeBuild(appBytes: number): string {
  const dist = mkdtempSync(join(tmpdir(), 'obvious-budget-'));
  dirs.push(dist);
  mkdirSync(join(dist, 'assets'));
  writeFileSync(
    join(dist, 'index.html'),
    '<!doctype html><html><head><script type="module" src="/assets/index.js"></script></head></html>',
  );
  writeFileSync(join(dist, 'assets/index.js'), 'import("./boot.js");\n');
  writeFileSync(
    join(dist, 'assets/boot.js'),
    `import { shared } from "./shared.js";\n${noise(appBytes, 1)}export const lazy = () => import(\`./screen.js\`);\n`,
  );
  writeFileSync(join(dist, 'assets/shared.js'), `export const shared = 1;\n${noise(1000, 2)}`);
  writeFileSync(join(dist, 'assets/screen.js'), noise(400_000, 3));
  return dist;
}

const budget = (dist: string) =>
  spawnSync(process.execPath, ['scripts/bundle-budget.mjs', dist], { encoding: 'utf8' });

describe('the bundle budget', () => {
  it('counts what the entry loads with import() and its static imports, never a deeper lazy screen', () => {
    const run = budget(fakeBuild(20_000));
    expect(run.status).toBe(0);
    const initial = run.stdout.split('\n\n')[0] ?? '';
    expect(initial).toContain('assets/index.js');
    expect(initial).toContain('assets/boot.js');
    expect(initial).toContain('assets/shared.js');
    expect(initial).not.toContain('assets/screen.js');
    expect(run.stdout).toMatch(/assets\/screen\.js \(lazy, not counted\)/);
  });

  it('fails when the app the entry loads is over 200 kB gzip', () => {
    const run = budget(fakeBuild(400_000));
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('OVER');
  });
});

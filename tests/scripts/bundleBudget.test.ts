import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { BUDGET_BYTES, firstVisit, isJavaScript, kb, measure } from '../../scripts/bundle-budget.mjs';

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

/**
 * A built app like ours: the entry imports a shared chunk, draws a card after a moment, loads one chunk
 * right after drawing (part of the first visit) and another 3 s later (a later click: not counted).
 */
function fakeBuild(appBytes = 1000): string {
  const dist = mkdtempSync(join(tmpdir(), 'obvious-budget-'));
  dirs.push(dist);
  mkdirSync(join(dist, 'assets'));
  writeFileSync(
    join(dist, 'index.html'),
    '<!doctype html><html><head><link rel="icon" href="data:," /><script type="module" src="/assets/index.js"></script></head><body></body></html>',
  );
  writeFileSync(
    join(dist, 'assets/index.js'),
    `import { shared } from "./shared.js";\n${noise(appBytes, 1)}` +
      `setTimeout(() => {\n  const card = document.createElement("div");\n  card.className = "react-flow__node";\n  card.textContent = String(shared);\n  document.body.append(card);\n  import("./soon.js");\n}, 200);\n` +
      `setTimeout(() => import("./later.js"), 3000);\n`,
  );
  writeFileSync(join(dist, 'assets/shared.js'), `export const shared = 1;\n${noise(1000, 2)}`);
  writeFileSync(join(dist, 'assets/soon.js'), noise(2000, 3));
  writeFileSync(join(dist, 'assets/later.js'), noise(50_000, 4));
  return dist;
}

describe('the first visit’s JavaScript', () => {
  it('is every script fetched until 1.5 s after the map is drawn, nothing fetched later', async () => {
    const visit = await firstVisit(fakeBuild());
    const paths = visit.responses.map((r) => r.path).sort();
    expect(paths).toEqual(['/assets/index.js', '/assets/shared.js', '/assets/soon.js']);
    expect(visit.troubles).toEqual([]);
  }, 60_000);

  it('is measured under the app’s Content-Security-Policy: an inline script is a trouble', async () => {
    const dist = fakeBuild();
    writeFileSync(
      join(dist, 'index.html'),
      '<!doctype html><html><head><link rel="icon" href="data:," /><script>window.x = 1;</script>' +
        '<script type="module" src="/assets/index.js"></script></head><body></body></html>',
    );
    const visit = await firstVisit(dist);
    expect(visit.troubles.join('\n')).toMatch(/Content Security Policy/i);
  }, 60_000);

  it('is counted gzipped at level 9, in KB of 1,024 bytes, largest first', () => {
    const small = Buffer.from('a'.repeat(5000));
    const large = Buffer.from(noise(4000, 7));
    const { rows, total } = measure([
      { path: '/small.js', body: small },
      { path: '/large.js', body: large },
    ]);
    expect(rows.map((r) => r.path)).toEqual(['/large.js', '/small.js']);
    expect(rows[1]).toEqual({ path: '/small.js', raw: 5000, gzip: gzipSync(small, { level: 9 }).length });
    expect(total).toBe(gzipSync(small, { level: 9 }).length + gzipSync(large, { level: 9 }).length);
    expect(kb(1536)).toBe('1.5 KB');
    expect(BUDGET_BYTES).toBe(185 * 1024);
    expect(isJavaScript('text/javascript; charset=utf-8')).toBe(true);
    expect(isJavaScript('text/css')).toBe(false);
    expect(isJavaScript(undefined, '/assets/worker.mjs')).toBe(true);
  });

  it('passes the check within 185 KB and prints the figure', () => {
    const run = spawnSync(process.execPath, ['scripts/bundle-budget.mjs', fakeBuild()], { encoding: 'utf8' });
    expect(run.stdout).toMatch(/bundle budget: ok — a first visit fetches \d+\.\d KB of JavaScript/);
    expect(run.status).toBe(0);
  }, 60_000);

  it('fails the check over 185 KB, saying by how much', () => {
    const run = spawnSync(process.execPath, ['scripts/bundle-budget.mjs', fakeBuild(400_000)], {
      encoding: 'utf8',
    });
    expect(run.stdout).toMatch(
      /bundle budget: OVER — a first visit fetches \d+\.\d KB of JavaScript \(gzip -9\), \d+\.\d KB over the 185\.0 KB budget/,
    );
    expect(run.status).toBe(1);
  }, 60_000);
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'obvious-circles-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const circles = (dir: string) =>
  spawnSync(process.execPath, [join(process.cwd(), 'scripts/import-circles.mjs'), dir], { encoding: 'utf8' });

describe('the import-circle check', () => {
  it('passes a tree whose imports go one way', () => {
    const run = circles(
      tree({ 'a.ts': "import { b } from './b';", 'b.ts': "import { c } from './lib/c';", 'lib/c.ts': 'export const c = 1;' }),
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('none among 3 files');
  });

  it('names every file of a loop, type-only imports and import() included', () => {
    const run = circles(
      tree({
        'a.ts': "import type { B } from './b';",
        'b.ts': "export { c } from './c';",
        'c.ts': "export const load = () => import('./a');",
        'd.ts': "import { a } from './a';",
      }),
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/1 found/);
    expect(run.stderr).toMatch(/a\.ts → .*b\.ts/);
    expect(run.stderr).toMatch(/c\.ts → .*a\.ts/);
    expect(run.stderr).not.toMatch(/d\.ts →/);
  });
});

// `npm run bench`: the domain benchmark (bench/domain.bench.ts), what an undo history's analyses keep in
// memory (bench/undoMemory.bench.ts), then the browser benchmark
// (bench/browser/browser.bench.ts: the workbench against bare React Flow in headless Chromium), then
// the deal import (bench/browser/dealImport.bench.ts: a CRM export through the Deals tab's file input).
//
//   npm run bench                  # each, with its default settings
//   npm run bench -- --strict      # exit 1 when any misses a target
//
// Each can be run on its own with more options: see the comment at the top of each file.
import { spawnSync } from 'node:child_process';

const strict = process.argv.includes('--strict') ? ['--strict'] : [];
const benches = [
  { name: 'domain', file: 'bench/domain.bench.ts' },
  { name: 'undo memory', file: 'bench/undoMemory.bench.ts', flags: ['--expose-gc'] },
  { name: 'browser', file: 'bench/browser/browser.bench.ts' },
  { name: 'deal import', file: 'bench/browser/dealImport.bench.ts' },
];

let failed = 0;
for (const [index, bench] of benches.entries()) {
  if (index > 0) console.log('');
  const args = ['tsx', ...(bench.flags ?? []), bench.file, ...strict];
  const status = spawnSync('npx', args, { stdio: 'inherit' }).status ?? 1;
  if (status !== 0) {
    console.error(`The ${bench.name} benchmark ended with exit code ${status}.`);
    failed += 1;
  }
}
process.exitCode = failed > 0 ? 1 : 0;

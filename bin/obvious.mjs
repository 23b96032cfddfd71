#!/usr/bin/env node
// The `obvious` command line: runs src/cli/main.ts straight from TypeScript (no build step) through
// tsx's ESM API. Paths resolve from this file, so it works from any working directory.
import { tsImport } from 'tsx/esm/api';

// `obvious score big.json | head` closes the pipe early: stop quietly instead of crashing.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

try {
  const { runProcess } = await tsImport('../src/cli/main.ts', import.meta.url);
  process.exitCode = await runProcess();
} catch (error) {
  // main never throws; this is for a broken install (tsx or a source file missing).
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  process.stderr.write(`obvious: could not start: ${message}\n`);
  process.exitCode = 1;
}

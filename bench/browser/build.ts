import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export interface BenchBuild {
  /** The temporary directory holding both builds: remove it when done. */
  dir: string;
  /** The app's production build (the repository's vite.config.ts), served at `/`. */
  appDir: string;
  /** The bare React Flow page (bench/browser/vite.config.ts), served at `/bare/`. */
  bareDir: string;
  /** The probes as one classic script, added to every page before it loads. */
  probes: string;
}

/**
 * Builds the app, the bare page and the probes into a new temporary directory (never into dist).
 * `minify: false` keeps function names readable in a CPU profile (bench/browser/trace.ts --profile).
 */
export async function buildForBench({ minify = true }: { minify?: boolean } = {}): Promise<BenchBuild> {
  const dir = mkdtempSync(join(tmpdir(), 'obvious-browser-bench-'));
  const appDir = join(dir, 'app');
  const bareDir = join(dir, 'bare');
  await build({
    configFile: here('../../vite.config.ts'),
    root: here('../..'),
    logLevel: 'warn',
    build: { outDir: appDir, emptyOutDir: true, minify },
  });
  await build({
    configFile: here('vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: bareDir, emptyOutDir: true, minify },
  });
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: false,
      lib: { entry: here('probes.ts'), formats: ['iife'], name: 'obviousBenchProbes' },
    },
  });
  const bundles = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  const chunk = bundles.flatMap((bundle) => bundle.output).find((file) => file.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('the bench probes did not build');
  return { dir, appDir, bareDir, probes: chunk.code };
}

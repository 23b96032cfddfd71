// The bundle budget: the JavaScript a first visit loads before it can paint, gzipped, at most 200 kB.
//
//   npx vite build && node scripts/bundle-budget.mjs [distDir]    # distDir defaults to ./dist
//
// Reads distDir/index.html, follows its entry scripts and modulepreload links, then every static
// import of those chunks (import/export declarations, found with Vite's parser), plus the entry
// scripts' own import() calls (the entry loads the app that way; deeper import() is lazy),
// gzips each file (node:zlib, default level, as a web server would) and sums them. Lazy chunks and stylesheets are listed for
// information and not counted. Exit 1 over budget or when the build cannot be read.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseAst } from 'vite';

/** 200 kB, in the kilobytes (1,000 bytes) Vite's build report uses. */
export const BUDGET_BYTES = 200_000;

/** Paths (relative to the page) of the scripts a page starts with: module entries and modulepreloads. */
export function entryScripts(html) {
  const found = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name) => tag.match(new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i'))?.[1];
    if (/^<script/i.test(tag) && attr('src')) found.push(attr('src'));
    else if (/^<link/i.test(tag) && attr('rel')?.toLowerCase() === 'modulepreload' && attr('href'))
      found.push(attr('href'));
  }
  return found;
}

/** Specifiers a built chunk imports statically: its import and export … from declarations. */
export function staticImports(code) {
  const specifiers = new Set();
  for (const statement of parseAst(code).body) {
    const source = 'source' in statement ? statement.source : null;
    if (source && typeof source.value === 'string') specifiers.add(source.value);
  }
  return [...specifiers];
}

/**
 * Specifiers a chunk loads with import("…"). Only followed from the page's entry scripts: main.tsx
 * loads the app itself with import() (so zod's settings apply first), and what an entry loads
 * unconditionally at start is part of the first visit. import() anywhere deeper is a lazy screen.
 */
export function dynamicImports(code) {
  return [...code.matchAll(/\bimport\(\s*["'`]([^"'`$]+)["'`]\s*\)/g)].map((m) => m[1]);
}

const isLocal = (specifier) => !/^[a-z]+:/i.test(specifier) && !specifier.startsWith('//');

/** Resolves a page path (`/assets/x.js`, `./assets/x.js`, with the app's base) to a file in distDir. */
function pagePathToFile(distDir, base, path) {
  const clean = path.split(/[?#]/)[0];
  const withoutBase = clean.startsWith(base) ? clean.slice(base.length) : clean.replace(/^\.?\//, '');
  return join(distDir, withoutBase);
}

/** The initial JavaScript of distDir: each file with its raw and gzipped size, plus what is left out. */
export function measureInitialJs(distDir) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const base = html.match(/<base\s+href=["']([^"']+)["']/i)?.[1] ?? '/';
  const entries = new Set(
    entryScripts(html)
      .filter(isLocal)
      .map((path) => resolve(pagePathToFile(distDir, base, path))),
  );
  const queue = [...entries];
  const initial = new Map();
  while (queue.length > 0) {
    const file = resolve(queue.shift());
    if (initial.has(file)) continue;
    if (!existsSync(file))
      throw new Error(`index.html refers to ${relative(distDir, file)}, which is not in the build`);
    const code = readFileSync(file);
    initial.set(file, { raw: code.length, gzip: gzipSync(code).length });
    const text = code.toString('utf8');
    const loaded = entries.has(file) ? [...staticImports(text), ...dynamicImports(text)] : staticImports(text);
    for (const specifier of loaded.filter(isLocal)) {
      queue.push(
        specifier.startsWith('/') ? pagePathToFile(distDir, base, specifier) : join(dirname(file), specifier),
      );
    }
  }
  const lazy = [];
  const assets = join(distDir, 'assets');
  if (existsSync(assets)) {
    for (const name of readdirSync(assets)) {
      const file = resolve(join(assets, name));
      if (initial.has(file) || !/\.(m?js|css)$/.test(name)) continue;
      const code = readFileSync(file);
      lazy.push({ file, raw: code.length, gzip: gzipSync(code).length, css: name.endsWith('.css') });
    }
  }
  const rows = [...initial].map(([file, size]) => ({ file, ...size }));
  return { rows, lazy, total: rows.reduce((sum, row) => sum + row.gzip, 0) };
}

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

function printTable(distDir, { rows, lazy, total }) {
  const name = (file) => relative(distDir, file).split(sep).join('/');
  const lines = [
    ['initial JavaScript', 'raw', 'gzip'],
    ...rows.map((row) => [name(row.file), kb(row.raw), kb(row.gzip)]),
    ['total', kb(rows.reduce((s, r) => s + r.raw, 0)), kb(total)],
  ];
  const later = lazy.map((row) => [
    `${name(row.file)} (${row.css ? 'stylesheet' : 'lazy'}, not counted)`,
    kb(row.raw),
    kb(row.gzip),
  ]);
  const all = [...lines, ...later];
  const widths = [0, 1, 2].map((c) => Math.max(...all.map((line) => line[c].length)));
  const format = (line) =>
    `${line[0].padEnd(widths[0])}  ${line[1].padStart(widths[1])}  ${line[2].padStart(widths[2])}`;
  for (const line of lines) console.log(format(line));
  if (later.length > 0) console.log('');
  for (const line of later) console.log(format(line));
}

function main() {
  const distDir = resolve(process.argv[2] ?? 'dist');
  if (!existsSync(join(distDir, 'index.html'))) {
    console.error(
      `bundle budget: no build in ${distDir} (run \`npx vite build\` first, or pass the dist directory)`,
    );
    return 1;
  }
  let measured;
  try {
    measured = measureInitialJs(distDir);
  } catch (error) {
    console.error(`bundle budget: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  if (measured.rows.length === 0) {
    console.error('bundle budget: index.html loads no script; is this the app build?');
    return 1;
  }
  printTable(distDir, measured);
  const over = measured.total - BUDGET_BYTES;
  console.log(
    over > 0
      ? `\nbundle budget: OVER — initial JavaScript is ${kb(measured.total)} gzip, ${kb(over)} over the ${kb(BUDGET_BYTES)} budget. Load what the first paint does not need with import().`
      : `\nbundle budget: ok — initial JavaScript is ${kb(measured.total)} gzip of ${kb(BUDGET_BYTES)} (${kb(-over)} to spare).`,
  );
  return over > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main();

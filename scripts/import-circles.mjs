// No import circles: every module of a source tree, and every loop of imports among them.
//
//   node scripts/import-circles.mjs [dir ...]      # default: src; part of `npm run lint`
//
// Reads each .ts/.tsx/.js/.mjs file's imports (static, `export … from`, `import type`, and import()
// with a plain string) with TypeScript's own scanner, resolves them as the project does (tsconfig's
// module resolution), and lists every group of files that import each other, however indirectly.
// Type-only imports count too: a loop is a loop in the design even when the bundler drops it.
// Exit 1 when there is a circle.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const SOURCE = /\.(m?js|tsx?)$/;

function sourceFiles(dir) {
  const found = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...sourceFiles(path));
    else if (SOURCE.test(name) && !name.endsWith('.d.ts')) found.push(resolve(path));
  }
  return found;
}

function compilerOptions(root) {
  const configPath = ts.findConfigFile(root, ts.sys.fileExists, 'tsconfig.json');
  if (!configPath) return { moduleResolution: ts.ModuleResolutionKind.Bundler, allowJs: true };
  const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
  return { ...ts.convertCompilerOptionsFromJson(config.compilerOptions ?? {}, root).options, allowJs: true };
}

/** file → the files of `within` it imports. */
export function importGraph(files, options = compilerOptions(process.cwd())) {
  const within = new Set(files);
  const graph = new Map();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(ts.sys.readFile(file) ?? '', true, true);
    const targets = new Set();
    for (const { fileName } of importedFiles) {
      const resolved = ts.resolveModuleName(fileName, file, options, ts.sys).resolvedModule?.resolvedFileName;
      if (resolved && within.has(resolve(resolved))) targets.add(resolve(resolved));
    }
    graph.set(file, [...targets].sort());
  }
  return graph;
}

/** Groups of two or more files that import each other (strongly connected components), plus files importing themselves. */
export function circles(graph) {
  let next = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  const visit = (file) => {
    index.set(file, next);
    low.set(file, next++);
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file), low.get(target)));
      } else if (onStack.has(target)) low.set(file, Math.min(low.get(file), index.get(target)));
    }
    if (low.get(file) !== index.get(file)) return;
    const group = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      group.push(member);
    } while (member !== file);
    if (group.length > 1 || (graph.get(file) ?? []).includes(file)) found.push(group.sort());
  };
  for (const file of [...graph.keys()].sort()) if (!index.has(file)) visit(file);
  return found;
}

function main() {
  const dirs = process.argv.slice(2);
  const files = (dirs.length > 0 ? dirs : ['src']).flatMap((dir) => sourceFiles(resolve(dir)));
  const graph = importGraph(files);
  const found = circles(graph);
  const name = (file) => relative(process.cwd(), file).split(sep).join('/');
  if (found.length === 0) {
    console.log(`import circles: none among ${files.length} files`);
    return 0;
  }
  console.error(`import circles: ${found.length} found (files that import each other, however indirectly):`);
  for (const group of found) {
    const members = new Set(group);
    console.error(`\n  ${group.map(name).join(', ')}`);
    for (const file of group)
      for (const target of graph.get(file) ?? [])
        if (members.has(target)) console.error(`    ${name(file)} → ${name(target)}`);
  }
  return 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main();

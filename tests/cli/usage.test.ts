import { chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, STACK_TRACE, npxObvious, obvious, tempFolder } from './runObvious';

const folder = tempFolder();
afterAll(() => folder.remove());
const sample = join(FIXTURES, 'sample-2026-q3.obvious.json');
const workspace = join(FIXTURES, 'workspace-three-quarters.obvious.json');

describe('help and version', () => {
  it('obvious --help lists every command and exits 0', () => {
    const run = obvious(['--help']);
    expect(run.status).toBe(0);
    for (const command of [
      'validate FILE',
      'score FILE',
      'diff A B',
      'diff WORKSPACE_FILE --from ID --to ID',
      'history WORKSPACE_FILE',
    ]) {
      expect(run.stdout).toContain(`obvious ${command}`);
    }
  });

  it.each(['validate', 'score', 'diff', 'history'])(
    'obvious %s --help shows that command’s usage and exits 0',
    (command) => {
      const run = obvious([command, '--help']);
      expect(run).toMatchObject({ status: 0, stderr: '' });
      expect(run.stdout).toMatch(new RegExp(`^Usage:\\n  obvious ${command} `));
      expect(obvious(['help', command]).stdout).toBe(run.stdout);
    },
  );

  it('obvious --version prints the version in package.json', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(obvious(['--version'])).toMatchObject({ status: 0, stdout: `obvious ${version}\n` });
  });

  it('npx obvious runs the project’s own bin from the project folder', () => {
    const run = npxObvious(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('obvious validate FILE');
  });

  it('works from any working directory: paths resolve from the bin file', () => {
    const run = obvious(['validate', sample], { cwd: folder.path('') });
    expect(run).toMatchObject({ status: 0, stdout: 'valid\n' });
  });
});

describe('wrong usage exits 2 with a message and a usage hint, never a stack trace', () => {
  it.each([
    ['no command at all', []],
    ['an unknown command', ['frobnicate', sample]],
    ['an unknown option before the command', ['--verbose']],
    ['an unknown flag', ['score', sample, '--jsn']],
    ['a flag another command has', ['validate', sample, '--json']],
    ['a missing file argument', ['score']],
    ['a missing file argument for validate', ['validate']],
    ['too many files', ['score', sample, sample]],
    ['diff with one map file and no --from/--to', ['diff', sample]],
    ['diff with three files', ['diff', sample, sample, sample]],
    ['--market without its name', ['history', workspace, '--market']],
    ['--from with an empty value', ['diff', workspace, '--from=', '--to', 'x']],
    ['a value given to a switch', ['score', sample, '--json=yes']],
    ['the same option twice', ['history', workspace, '--market', 'a', '--market', 'b']],
    ['help for an unknown command', ['help', 'frobnicate']],
  ])('%s', (_name, args) => {
    const run = obvious(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^obvious: .+\n/);
    expect(run.stderr).toContain('Usage:');
    expect(run.stderr).toMatch(/Run "obvious( \w+)? --help" for more\./);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });
});

describe('unreadable input exits 1 with "Cannot read FILE: …", never a stack trace', () => {
  const cases: [string, () => string, RegExp][] = [
    ['a missing file', () => folder.path('nowhere.json'), /no such file/],
    ['a directory', () => folder.path(''), /it is a directory/],
    ['a path through a file', () => join(sample, 'inside.json'), /not a directory/],
  ];
  if (process.getuid?.() !== 0) {
    cases.push([
      'a file without read permission',
      () => {
        const file = folder.write('locked.json', readFileSync(sample));
        chmodSync(file, 0o000);
        return file;
      },
      /permission denied/,
    ]);
  }
  it.each(cases)('%s', (_name, makePath, reason) => {
    const path = makePath();
    for (const args of [
      ['validate', path],
      ['score', path, '--json'],
      ['diff', path, sample],
      ['history', path],
    ]) {
      const run = obvious(args);
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(`obvious: Cannot read ${path}: `);
      expect(run.stderr).toMatch(reason);
      expect(run.stderr).not.toMatch(STACK_TRACE);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('a binary file is invalid input, named as such', () => {
    const file = folder.write(
      'image.png',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0x00, 0xfe]),
    );
    const run = obvious(['score', file]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/binary|not text/);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });
});

import { afterAll, describe, expect, it } from 'vitest';
import { safeJson, safeLine, safeText } from '../../src/cli/terminalText';
import type { DecisionMap } from '../../src/domain/records/map';
import { startNextQuarter } from '../../src/domain/quarters/startNextQuarter';
import { makeApprover, makeMap, makePlanItem, makeProof, requires, withNode } from '../builders';
import { obvious, tempFolder } from './runObvious';

const folder = tempFolder();
afterAll(() => folder.remove());

/** Recolours the terminal, then reverses the rest of the line, then sets the window title. */
const HOSTILE =
  'Evil \u001b[31mred\u001b[0m \u202eesrever\u202c \u001b]0;pwned\u0007 \u009b2J \u2066iso\u2069';
/** Whether the text holds a character that must never reach a terminal from a label. */
const hasUnsafe = (text: string): boolean =>
  [...text].some((char) => {
    const code = char.codePointAt(0) ?? 0;
    const c0 = code < 0x20 && code !== 0x09 && code !== 0x0a;
    const c1 = code >= 0x7f && code <= 0x9f;
    const bidi = (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
    return c0 || c1 || bidi;
  });

describe('terminal text', () => {
  it.each([
    ['ESC becomes visible', 'a\u001b[31mb', 'a\\x1b[31mb'],
    ['bell and backspace', 'a\u0007\u0008b', 'a\\x07\\x08b'],
    ['C1 control (CSI)', 'a\u009b2Jb', 'a\\x9b2Jb'],
    ['right-to-left override', 'abc\u202edef', 'abc\\u202edef'],
    ['isolates', '\u2066x\u2069', '\\u2066x\\u2069'],
    ['tab and newline are kept', 'a\tb\nc', 'a\tb\nc'],
    ['plain text and emoji unchanged', 'Ünïcödé ✓ 🚀 <b>', 'Ünïcödé ✓ 🚀 <b>'],
  ])('%s', (_name, input, expected) => {
    expect(safeText(input)).toBe(expected);
  });

  it('a label printed on one line has no line breaks left', () => {
    expect(safeLine('two\nlines\r\nand\ttab')).toBe('two lines and tab');
  });

  it('JSON stays the same value once parsed, with nothing unsafe left raw', () => {
    const value = { label: HOSTILE, nested: [HOSTILE] };
    const json = safeJson(value);
    expect(hasUnsafe(json)).toBe(false);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('hostile labels on the command line are printed safely', () => {
  const cfo = makeApprover({ id: 'cfo', label: HOSTILE, veto: true, stance: 'skeptical' });
  const proof = makeProof({ id: 'evil-proof', label: `${HOSTILE} proof`, status: 'missing' });
  const map = makeMap({
    title: `Title ${HOSTILE}`,
    decision: HOSTILE,
    market: HOSTILE,
    period: '2026-Q3',
    nodes: [cfo, proof],
    edges: [requires(cfo, proof)],
    plan: [makePlanItem({ id: 'evil-plan', title: `Plan ${HOSTILE}`, addresses: [] })],
  });
  const next = withNode(
    startNextQuarter(map, 'next'),
    'evil-proof',
    (node) => ({ ...node, status: 'verified', label: `${HOSTILE} 2` }) as DecisionMap['nodes'][number],
  );
  const file = folder.writeMap('hostile.json', map);
  const nextFile = folder.writeMap('hostile-next.json', next);
  const workspace = folder.writeWorkspace('hostile-workspace.json', [map, next]);

  it.each([
    ['score', ['score', file]],
    ['score --json', ['score', file, '--json']],
    ['diff', ['diff', file, nextFile]],
    ['diff --json', ['diff', file, nextFile, '--json']],
    ['history', ['history', workspace]],
    ['history --json', ['history', workspace, '--json']],
  ])('%s', (_name, args) => {
    const run = obvious(args);
    expect(run.status).toBe(0);
    expect(hasUnsafe(run.stdout)).toBe(false);
    expect(hasUnsafe(run.stderr)).toBe(false);
    if (args.includes('--json')) expect(run.stdout).toContain('\\u001b[31m');
    else expect(run.stdout).toContain('\\x1b[31mred');
  });

  it('score prints the hostile constraint’s label escaped, not obeyed', () => {
    const run = obvious(['score', file]);
    expect(run.stdout).toContain('Evil \\x1b[31mred\\x1b[0m \\u202eesrever\\u202c');
  });

  it('a hostile file name or option in an error message is escaped too', () => {
    const missing = obvious(['score', `missing-\u001b[2J-\u202e.json`]);
    expect(missing.status).toBe(1);
    expect(hasUnsafe(missing.stderr)).toBe(false);
    expect(missing.stderr).toContain('missing-\\x1b[2J-\\u202e.json');
    const option = obvious(['score', file, '--\u001b[31mjson']);
    expect(option.status).toBe(2);
    expect(hasUnsafe(option.stderr)).toBe(false);
  });

  it('an invalid value with control characters is escaped in validate’s problem lines', () => {
    const bad = folder.write(
      'hostile-invalid.json',
      JSON.stringify({
        format: 'obvious.decision-map',
        version: 1,
        exportedAt: 'x',
        map: { ...map, nodes: [{ ...cfo, stance: '\u001b]0;owned\u0007\u202e' }] },
      }),
    );
    const run = obvious(['validate', bad]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('map.nodes[0].stance');
    expect(hasUnsafe(run.stdout)).toBe(false);
  });
});

/** The hostile list: every way a file can be broken or malicious, each with the refusal it gets. */
import { describe, expect, it } from 'vitest';
import { openFile, parseMapBytes, parseMapFile } from '../../../src/domain/format/parseMapFile';
import type { FileErrorKind } from '../../../src/domain/format/types';
import { deleteAt, editedText, expectRefused, fileText, getAt, setAt } from './fileBuilders';

interface HostileCase {
  name: string;
  text: () => string;
  kind: FileErrorKind;
  path: string;
  message: string | RegExp;
}

const nested = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;
/** JSON.stringify cannot write 1e400, so a placeholder number is swapped for it in the text. */
const withNumberText = (path: (string | number)[], numberText: string): string =>
  editedText((f) => setAt(f, path, 424242.4242)).replace('424242.4242', numberText);

const unsafeUrls = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.cookie)',
  '  javascript:alert(1)',
  'java\tscript:alert(1)',
  '\u0001javascript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  ' https://example.com/leading-space',
  'ftp://example.com/file',
  '//example.com/no-scheme',
];

/** Cases about what only version 2 has (a version 1 reader drops deals and sources unread). */
const versionTwoOnly = new Set<string>();

const cases: HostileCase[] = [
  { name: 'an empty file', text: () => '', kind: 'not-json', path: '', message: 'the file is empty' },
  {
    name: 'whitespace only',
    text: () => ' \n\t\r\n ',
    kind: 'not-json',
    path: '',
    message: 'the file is empty',
  },
  {
    name: 'truncated JSON',
    text: () => fileText().slice(0, 120),
    kind: 'not-json',
    path: '',
    message: /not valid JSON .*cut off/,
  },
  { name: 'null', text: () => 'null', kind: 'not-a-map-file', path: '', message: /got null$/ },
  {
    name: 'a top-level array',
    text: () => '[{"format":"obvious.decision-map"}]',
    kind: 'not-a-map-file',
    path: '',
    message: /got a list$/,
  },
  { name: 'a number', text: () => '42', kind: 'not-a-map-file', path: '', message: /got 42$/ },
  {
    name: 'a string',
    text: () => '"obvious.decision-map"',
    kind: 'not-a-map-file',
    path: '',
    message: /got "obvious.decision-map"$/,
  },
  {
    name: 'a wrong format',
    text: () => editedText((f) => setAt(f, ['format'], 'excalidraw')),
    kind: 'not-a-map-file',
    path: 'format',
    message: 'expected "obvious.decision-map" or "obvious.workspace", got "excalidraw"',
  },
  {
    name: 'no format at all',
    text: () => editedText((f) => deleteAt(f, ['format'])),
    kind: 'not-a-map-file',
    path: 'format',
    message: /got nothing$/,
  },
  {
    name: 'version 999',
    text: () => editedText((f) => setAt(f, ['version'], 999)),
    kind: 'newer-version',
    path: 'version',
    message:
      'This file was written by a newer version of Obvious (file version 999); this version reads version 2 and older.',
  },
  {
    name: 'version as a string',
    text: () => editedText((f) => setAt(f, ['version'], '1')),
    kind: 'invalid',
    path: 'version',
    message: 'expected a whole version number such as 2, got "1"',
  },
  {
    name: 'no version',
    text: () => editedText((f) => deleteAt(f, ['version'])),
    kind: 'invalid',
    path: 'version',
    message: /got nothing$/,
  },
  {
    name: 'a fractional version',
    text: () => editedText((f) => setAt(f, ['version'], 0.5)),
    kind: 'invalid',
    path: 'version',
    message: /got 0.5$/,
  },
  {
    name: 'an unreleased old version',
    text: () => editedText((f) => setAt(f, ['version'], -3)),
    kind: 'invalid',
    path: 'version',
    message: /version -3 is not a version/,
  },
  {
    name: '`map` missing',
    text: () => editedText((f) => deleteAt(f, ['map'])),
    kind: 'invalid',
    path: 'map',
    message: 'expected an object, got nothing',
  },
  {
    name: '`map` a list',
    text: () => editedText((f) => setAt(f, ['map'], [])),
    kind: 'invalid',
    path: 'map',
    message: 'expected an object, got a list',
  },
  {
    name: '`nodes` missing',
    text: () => editedText((f) => deleteAt(f, ['map', 'nodes'])),
    kind: 'invalid',
    path: 'map.nodes',
    message: 'expected a list, got nothing',
  },
  {
    name: 'severity 7',
    text: () => editedText((f) => setAt(f, ['map', 'nodes', 3, 'severity'], 7)),
    kind: 'invalid',
    path: 'map.nodes[3].severity',
    message: 'expected an integer from 1 to 5, got 7',
  },
  {
    name: 'severity 2.5',
    text: () => editedText((f) => setAt(f, ['map', 'nodes', 4, 'severity'], 2.5)),
    kind: 'invalid',
    path: 'map.nodes[4].severity',
    message: 'expected an integer from 1 to 5, got 2.5',
  },
  {
    name: 'influence as text',
    text: () => editedText((f) => setAt(f, ['map', 'nodes', 0, 'influence'], 'high')),
    kind: 'invalid',
    path: 'map.nodes[0].influence',
    message: 'expected an integer from 1 to 5, got "high"',
  },
  {
    name: 'veto as text',
    text: () => editedText((f) => setAt(f, ['map', 'nodes', 0, 'veto'], 'yes')),
    kind: 'invalid',
    path: 'map.nodes[0].veto',
    message: 'expected true or false, got "yes"',
  },
  {
    name: 'an unknown node kind',
    text: () => editedText((f) => setAt(f, ['map', 'nodes', 2, 'kind'], 'evidence')),
    kind: 'invalid',
    path: 'map.nodes[2].kind',
    message: 'expected kind to be one of approver, proof, risk, friction, got "evidence"',
  },
  {
    name: 'an unknown stance',
    text: () => editedText((f) => setAt(f, ['map', 'nodes', 0, 'stance'], 'hostile')),
    kind: 'invalid',
    path: 'map.nodes[0].stance',
    message: 'expected one of unknown, opposed, skeptical, neutral, supportive, champion, got "hostile"',
  },
  {
    name: 'an unknown proof status',
    text: () => editedText((f) => setAt(f, ['map', 'nodes', 2, 'status'], 'done')),
    kind: 'invalid',
    path: 'map.nodes[2].status',
    message: /^expected one of unknown, missing, claimed, demonstrated, verified, got "done"$/,
  },
  {
    name: 'an unknown plan category',
    text: () => editedText((f) => setAt(f, ['map', 'plan', 0, 'category'], 'vibes')),
    kind: 'invalid',
    path: 'map.plan[0].category',
    message: /^expected one of hiring, .* got "vibes"$/,
  },
  {
    name: 'duplicate node ids',
    text: () => editedText((f) => setAt(f, ['map', 'nodes', 3, 'id'], 'soc2')),
    kind: 'invalid',
    path: 'map.nodes[3].id',
    message: 'another node already has id "soc2"',
  },
  {
    name: 'a plan item id equal to a node id',
    text: () => editedText((f) => setAt(f, ['map', 'plan', 0, 'id'], 'cfo')),
    kind: 'invalid',
    path: 'map.plan[0].id',
    message: 'a node already has id "cfo"; ids must be unique among nodes and plan items',
  },
  {
    name: 'an edge to a missing node',
    text: () => editedText((f) => setAt(f, ['map', 'edges', 0, 'target'], 'ghost')),
    kind: 'invalid',
    path: 'map.edges[0].target',
    message: 'no node has id "ghost"',
  },
  {
    name: 'an edge from a missing node',
    text: () => editedText((f) => setAt(f, ['map', 'edges', 3, 'source'], 'ghost')),
    kind: 'invalid',
    path: 'map.edges[3].source',
    message: 'no node has id "ghost"',
  },
  {
    name: 'an edge whose kind does not match its node kinds',
    text: () => editedText((f) => setAt(f, ['map', 'edges', 0, 'kind'], 'fears')),
    kind: 'invalid',
    path: 'map.edges[0].target',
    message: 'a "fears" edge ends at a risk, but "soc2" is a proof',
  },
  {
    name: 'a burdens edge starting at an approver',
    text: () => editedText((f) => setAt(f, ['map', 'edges', 3, 'source'], 'legal')),
    kind: 'invalid',
    path: 'map.edges[3].source',
    message: 'a "burdens" edge starts at a friction, but "legal" is an approver',
  },
  {
    name: 'an approver influencing itself',
    text: () => editedText((f) => setAt(f, ['map', 'edges', 4, 'target'], 'legal')),
    kind: 'invalid',
    path: 'map.edges[4].target',
    message: 'an approver cannot influence itself',
  },
  {
    name: 'a duplicate edge',
    text: () =>
      editedText((f) =>
        (getAt(f, ['map', 'edges']) as unknown[]).push({
          ...(getAt(f, ['map', 'edges', 1]) as object),
          id: 'copy',
        }),
      ),
    kind: 'invalid',
    path: 'map.edges[5]',
    message: 'duplicate of another "fears" edge from "cfo" to "lock-in"',
  },
  {
    name: 'a duplicate edge id',
    text: () => editedText((f) => setAt(f, ['map', 'edges', 2, 'id'], getAt(f, ['map', 'edges', 1, 'id']))),
    kind: 'invalid',
    path: 'map.edges[2].id',
    message: /^another edge already has id/,
  },
  {
    name: 'a plan item addressing a missing node',
    text: () => editedText((f) => setAt(f, ['map', 'plan', 0, 'addresses'], ['ghost'])),
    kind: 'invalid',
    path: 'map.plan[0].addresses[0]',
    message: 'no node has id "ghost"',
  },
  {
    name: 'a plan item addressing a node twice',
    text: () => editedText((f) => setAt(f, ['map', 'plan', 0, 'addresses'], ['soc2', 'soc2'])),
    kind: 'invalid',
    path: 'map.plan[0].addresses[1]',
    message: '"soc2" is listed twice',
  },
  {
    name: 'a coordinate of 1e400 (Infinity)',
    text: () => withNumberText(['map', 'nodes', 0, 'position', 'x'], '1e400'),
    kind: 'invalid',
    path: 'map.nodes[0].position.x',
    message: /got Infinity$/,
  },
  {
    name: 'a coordinate of -1e400',
    text: () => withNumberText(['map', 'nodes', 1, 'position', 'y'], '-1e400'),
    kind: 'invalid',
    path: 'map.nodes[1].position.y',
    message: /got -Infinity$/,
  },
  {
    name: 'a coordinate of 1e12',
    text: () => editedText((f) => setAt(f, ['map', 'nodes', 0, 'position', 'x'], 1e12)),
    kind: 'invalid',
    path: 'map.nodes[0].position.x',
    message: 'expected a number within ±1,000,000, got 1000000000000',
  },
  {
    name: 'a coordinate as text',
    text: () => editedText((f) => setAt(f, ['map', 'nodes', 0, 'position', 'y'], '10')),
    kind: 'invalid',
    path: 'map.nodes[0].position.y',
    message: 'expected a finite number, got "10"',
  },
  {
    name: 'an empty label',
    text: () => editedText((f) => setAt(f, ['map', 'nodes', 1, 'label'], '')),
    kind: 'invalid',
    path: 'map.nodes[1].label',
    message: 'must not be empty',
  },
  {
    name: 'a label over 300 characters',
    text: () => editedText((f) => setAt(f, ['map', 'nodes', 1, 'label'], 'x'.repeat(301))),
    kind: 'invalid',
    path: 'map.nodes[1].label',
    message: 'must be at most 300 characters, got 301',
  },
  {
    name: 'an empty map title',
    text: () => editedText((f) => setAt(f, ['map', 'title'], '')),
    kind: 'invalid',
    path: 'map.title',
    message: 'must not be empty',
  },
  {
    name: 'an evidence date that does not exist',
    text: () => editedText((f) => setAt(f, ['map', 'nodes', 2, 'evidence', 0, 'date'], '2026-02-30')),
    kind: 'invalid',
    path: 'map.nodes[2].evidence[0].date',
    message: 'expected a date as YYYY-MM-DD, got "2026-02-30"',
  },
  ...unsafeUrls.map((url): HostileCase => ({
    name: `an evidence link ${JSON.stringify(url)}`,
    text: () => editedText((f) => setAt(f, ['map', 'nodes', 2, 'evidence', 0, 'url'], url)),
    kind: 'invalid',
    path: 'map.nodes[2].evidence[0].url',
    message: /^only http:\/\/ and https:\/\/ links are allowed, got /,
  })),
  {
    name: '20,000 levels of nested arrays',
    text: () => nested(20_000),
    kind: 'not-a-map-file',
    path: '',
    message: /got a list$/,
  },
  {
    name: '20,000 levels of nested arrays as the map notes',
    text: () =>
      editedText((f) => setAt(f, ['map', 'notes'], 0)).replace('"notes":0', `"notes":${nested(20_000)}`),
    kind: 'invalid',
    path: 'map.notes',
    message: 'expected text, got a list',
  },
  {
    name: '20,000 levels of nested arrays as a node',
    text: () => editedText((f) => setAt(f, ['map', 'nodes', 4], 0)).replace(/,0\]/, `,${nested(20_000)}]`),
    kind: 'invalid',
    path: 'map.nodes[4]',
    message: 'expected an object, got a list',
  },
  ...versionTwoCases(),
];

/** A deal as a file holds it, stalled at the small map's CFO unless told otherwise. */
const deal = (overrides: Record<string, unknown> = {}) => ({
  id: 'd1',
  name: 'Northwind Health, 2026',
  outcome: 'lost',
  closedOn: '2026-05-02',
  stalledAt: ['cfo'],
  ...overrides,
});

/** Version 2's own ways to break a file: evidence sources, and the deal record. */
function versionTwoCases(): HostileCase[] {
  const cases = versionTwoCaseList();
  for (const c of cases) versionTwoOnly.add(c.name);
  return cases;
}

function versionTwoCaseList(): HostileCase[] {
  const withDeals = (...deals: unknown[]) => editedText((f) => setAt(f, ['map', 'deals'], deals));
  return [
    {
      name: 'version 3 (a newer version than this one reads)',
      text: () => editedText((f) => setAt(f, ['version'], 3)),
      kind: 'newer-version',
      path: 'version',
      message: /file version 3\); this version reads version 2 and older/,
    },
    {
      name: 'version 2 evidence without a source',
      text: () => editedText((f) => deleteAt(f, ['map', 'nodes', 2, 'evidence', 0, 'source'])),
      kind: 'invalid',
      path: 'map.nodes[2].evidence[0].source',
      message: /^expected one of buyer, deal, win-loss, research, team, unspecified, got nothing/,
    },
    {
      name: 'an unknown evidence source',
      text: () => editedText((f) => setAt(f, ['map', 'nodes', 2, 'evidence', 0, 'source'], 'gut feeling')),
      kind: 'invalid',
      path: 'map.nodes[2].evidence[0].source',
      message: /got "gut feeling"$/,
    },
    {
      name: 'evidence recorded by 201 characters',
      text: () => editedText((f) => setAt(f, ['map', 'nodes', 2, 'evidence', 0, 'by'], 'x'.repeat(201))),
      kind: 'invalid',
      path: 'map.nodes[2].evidence[0].by',
      message: 'must be at most 200 characters, got 201',
    },
    {
      name: 'deals that are not a list',
      text: () => editedText((f) => setAt(f, ['map', 'deals'], { d1: deal() })),
      kind: 'invalid',
      path: 'map.deals',
      message: 'expected a list, got an object',
    },
    {
      name: 'a deal with an unknown outcome',
      text: () => withDeals(deal({ outcome: 'postponed' })),
      kind: 'invalid',
      path: 'map.deals[0].outcome',
      message: 'expected one of won, lost, no-decision, open, got "postponed"',
    },
    {
      name: 'a deal closed on 05/02/2026',
      text: () => withDeals(deal({ closedOn: '05/02/2026' })),
      kind: 'invalid',
      path: 'map.deals[0].closedOn',
      message: 'expected a date as YYYY-MM-DD, got "05/02/2026"',
    },
    {
      name: 'a deal closed on 2026-02-30',
      text: () => withDeals(deal({ closedOn: '2026-02-30' })),
      kind: 'invalid',
      path: 'map.deals[0].closedOn',
      message: 'expected a date as YYYY-MM-DD, got "2026-02-30"',
    },
    {
      name: 'a deal stalled at a node the map does not have',
      text: () => withDeals(deal({ stalledAt: ['cfo', 'ghost'] })),
      kind: 'invalid',
      path: 'map.deals[0].stalledAt[1]',
      message: 'no node has id "ghost"',
    },
    {
      name: 'a deal stalled at the same node twice',
      text: () => withDeals(deal({ stalledAt: ['cfo', 'cfo'] })),
      kind: 'invalid',
      path: 'map.deals[0].stalledAt[1]',
      message: '"cfo" is listed twice',
    },
    {
      name: 'two deals with one id',
      text: () => withDeals(deal(), deal({ name: 'Contoso' })),
      kind: 'invalid',
      path: 'map.deals[1].id',
      message: 'another deal already has id "d1"',
    },
    {
      name: 'a deal without a name',
      text: () => withDeals(deal({ name: '' })),
      kind: 'invalid',
      path: 'map.deals[0].name',
      message: 'must not be empty',
    },
    {
      name: 'deal notes of 2,001 characters',
      text: () => withDeals(deal({ notes: 'n'.repeat(2001) })),
      kind: 'invalid',
      path: 'map.deals[0].notes',
      message: 'must be at most 2000 characters, got 2001',
    },
    {
      name: 'two deals with the id "__proto__"',
      text: () => withDeals(deal({ id: '__proto__' }), deal({ id: '__proto__', name: 'Contoso' })),
      kind: 'invalid',
      path: 'map.deals[1].id',
      message: 'another deal already has id "__proto__"',
    },
    {
      name: 'a deal stalled at a text instead of a list',
      text: () => withDeals(deal({ stalledAt: 'cfo' })),
      kind: 'invalid',
      path: 'map.deals[0].stalledAt',
      message: 'expected a list, got "cfo"',
    },
    {
      name: 'a deal closed on a number',
      text: () => withDeals(deal({ closedOn: 20260502 })),
      kind: 'invalid',
      path: 'map.deals[0].closedOn',
      message: /got 20260502$/,
    },
    {
      name: 'a deal that is not an object',
      text: () => withDeals(deal(), 'Contoso, lost'),
      kind: 'invalid',
      path: 'map.deals[1]',
      message: 'expected an object, got "Contoso, lost"',
    },
    {
      name: 'evidence recorded by a number',
      text: () => editedText((f) => setAt(f, ['map', 'nodes', 2, 'evidence', 0, 'by'], 7)),
      kind: 'invalid',
      path: 'map.nodes[2].evidence[0].by',
      message: 'expected text, got 7',
    },
    {
      name: '100,001 deals that are zeros (counted before anything walks them)',
      text: () => withDeals(...new Array<number>(100_001).fill(0)),
      kind: 'invalid',
      path: 'map.deals',
      message: 'at most 10,000 deals are allowed, got 100,001',
    },
    {
      name: '10,001 deals',
      text: () => withDeals(...Array.from({ length: 10_001 }, (_, i) => deal({ id: `d${i}` }))),
      kind: 'invalid',
      path: 'map.deals',
      message: 'at most 10,000 deals are allowed, got 10,001',
    },
  ];
}

/**
 * The same broken file as version 1 wrote it: the version number says 1 (a source, a recorder or a
 * deal version 1 never had is dropped by the reader, never interpreted, so the rest of the file is the
 * same). Text that names no version 2 is left as it is.
 */
const asVersionOne = (text: string): string => text.replace(/"version":(\s*)2\b/, '"version":$11');

const expectProblem = (text: string, { kind, path, message }: Omit<HostileCase, 'name' | 'text'>) => {
  const error = expectRefused(parseMapFile(text), kind);
  const problem = error.problems.find((p) => p.path === path);
  expect(problem, `problems were ${JSON.stringify(error.problems)}`).toBeDefined();
  if (typeof message === 'string') expect(problem?.message).toBe(message);
  else expect(problem?.message).toMatch(message);
};

describe('hostile files are refused with a named problem, never a throw', () => {
  it.each(cases)('version 2: $name → $kind at "$path"', (hostile) => {
    expectProblem(hostile.text(), hostile);
  });

  it.each(cases.filter((c) => !versionTwoOnly.has(c.name)))(
    'version 1: $name → $kind at "$path"',
    (hostile) => {
      const text = asVersionOne(hostile.text());
      if (/"version":\s*2\b/.test(hostile.text())) expect(text).toMatch(/"version":\s*1\b/);
      expectProblem(text, hostile);
    },
  );

  it('names the problem exactly like FORMAT.md', () => {
    const error = expectRefused(
      parseMapFile(editedText((f) => setAt(f, ['map', 'nodes', 3, 'severity'], 7))),
      'invalid',
    );
    expect(error.problems).toEqual([
      { path: 'map.nodes[3].severity', message: 'expected an integer from 1 to 5, got 7' },
    ]);
  });

  it.each([undefined, null, 42, {}, ['{}']])(
    'a caller passing %j instead of text gets a refusal, not a throw',
    (value) => {
      expectRefused(parseMapFile(value as unknown as string), 'not-json');
      expectRefused(openFile(value as unknown as string), 'not-json');
      expectRefused(parseMapBytes(value as unknown as Uint8Array), 'not-json');
    },
  );
});

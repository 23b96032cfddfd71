import { makeApprover } from '../../builders';
import { mapFileJson, mapFileText, valueAt, withValue, workshopMap } from './mapFiles';

/*
 * "Nothing lost, nothing let in": files a workshop could open by mistake or on purpose. Each one is
 * built on the workshop map (nodes[0] CFO, [1] Legal counsel, [2] SOC 2 proof, [3] lock-in risk,
 * [4] SSO friction; edges[0] requires … [4] influences; plan[0] addresses the SOC 2 proof) and
 * names what the refused-file dialog must say about it.
 */

export interface HostileFile {
  name: string;
  bytes: () => Buffer;
  /** What the dialog says (summary and problems, as one text). */
  says: RegExp;
}

const text = (value: string) => Buffer.from(value, 'utf8');
/** The workshop map file with one value changed (or, with `undefined`, removed). */
const broken = (path: string, value: unknown) =>
  text(JSON.stringify(withValue(mapFileJson(), path, value), null, 2));
/** The workshop map file with a JSON number that JSON.stringify cannot write (1e400) at a path. */
const withRawNumber = (path: string, raw: string) =>
  text(JSON.stringify(withValue(mapFileJson(), path, '__RAW__')).replace('"__RAW__"', raw));
/** The workshop map file with one more copy of a record in a list. */
const withCopy = (
  list: string,
  index: number,
  change: (copy: Record<string, unknown>) => void = () => {},
) => {
  const json = mapFileJson();
  const records = valueAt(json, list) as Record<string, unknown>[];
  const copy = { ...(records[index] ?? {}) };
  change(copy);
  records.push(copy);
  return text(JSON.stringify(json));
};

const NESTING = 20_000;
/** A deal as a version 2 file holds it. */
const deal = (overrides: Record<string, unknown> = {}) => ({
  id: 'd1',
  name: 'Northwind Health, 2026',
  outcome: 'lost',
  stalledAt: ['cfo'],
  ...overrides,
});
const MB = 1024 * 1024;

export const HOSTILE_FILES: readonly HostileFile[] = [
  { name: 'an empty file', bytes: () => text(''), says: /not readable JSON[\s\S]*the file is empty/ },
  { name: 'whitespace only', bytes: () => text(' \n\t \r\n  '), says: /the file is empty/ },
  {
    name: 'truncated JSON',
    bytes: () => text(mapFileText().slice(0, 700)),
    says: /not valid JSON[\s\S]*cut off/,
  },
  { name: '`null`', bytes: () => text('null'), says: /not an Obvious decision map[\s\S]*got null/ },
  {
    name: 'a top-level array',
    bytes: () => text(`[${mapFileText()}]`),
    says: /not an Obvious decision map[\s\S]*got a list/,
  },
  { name: 'a number', bytes: () => text('42'), says: /not an Obvious decision map[\s\S]*got 42/ },
  {
    name: 'a wrong `format`',
    bytes: () => broken('format', 'excalidraw'),
    says: /format: expected "obvious.decision-map"[\s\S]*excalidraw/,
  },
  {
    name: '`version` 999',
    bytes: () => broken('version', 999),
    says: /newer version of Obvious \(file version 999\)/,
  },
  {
    name: '`version` as a string',
    bytes: () => broken('version', '1'),
    says: /version: expected a whole version number/,
  },
  {
    name: '`map` missing',
    bytes: () => broken('map', undefined),
    says: /map: expected an object, got nothing/,
  },
  {
    name: 'severity 7',
    bytes: () => broken('map.nodes[3].severity', 7),
    says: /map\.nodes\[3\]\.severity: expected an integer from 1 to 5, got 7/,
  },
  {
    name: 'an unknown node kind',
    bytes: () => broken('map.nodes[2].kind', 'evidence'),
    says: /map\.nodes\[2\][\s\S]*evidence/,
  },
  {
    name: 'an unknown stance',
    bytes: () => broken('map.nodes[0].stance', 'delighted'),
    says: /map\.nodes\[0\]\.stance[\s\S]*delighted/,
  },
  {
    name: 'duplicate node ids',
    bytes: () => withCopy('map.nodes', 0),
    says: /map\.nodes\[5\]\.id: another node already has id "cfo"/,
  },
  {
    name: 'a plan item id equal to a node id',
    bytes: () => broken('map.plan[0].id', 'soc2'),
    says: /map\.plan\[0\]\.id[\s\S]*soc2/,
  },
  {
    name: 'an edge to a missing node',
    bytes: () => broken('map.edges[0].target', 'ghost'),
    says: /map\.edges\[0\]\.target[\s\S]*ghost/,
  },
  {
    name: 'an edge whose kind does not match its node kinds',
    bytes: () => broken('map.edges[0].kind', 'fears'),
    says: /map\.edges\[0\]\.target: a "fears" edge ends at a risk/,
  },
  {
    name: 'an approver influencing itself',
    bytes: () => broken('map.edges[4].target', 'legal'),
    says: /map\.edges\[4\]\.target: an approver cannot influence itself/,
  },
  {
    name: 'a duplicate edge',
    bytes: () => withCopy('map.edges', 0, (edge) => (edge.id = 'requires-again')),
    says: /map\.edges\[5\]: duplicate of another "requires" edge/,
  },
  {
    name: 'a plan item addressing a missing node',
    bytes: () => broken('map.plan[0].addresses', ['soc2', 'ghost']),
    says: /map\.plan\[0\]\.addresses[\s\S]*ghost/,
  },
  {
    name: 'a coordinate of 1e400',
    bytes: () => withRawNumber('map.nodes[2].position.x', '1e400'),
    says: /map\.nodes\[2\]\.position\.x: expected a finite number/,
  },
  {
    name: 'a coordinate of 1e12',
    bytes: () => broken('map.nodes[2].position.y', 1e12),
    says: /map\.nodes\[2\]\.position\.y: expected a number within ±1,000,000/,
  },
  {
    name: 'an empty label',
    bytes: () => broken('map.nodes[1].label', ''),
    says: /map\.nodes\[1\]\.label: must not be empty/,
  },
  {
    name: 'a label over 300 characters',
    bytes: () => broken('map.nodes[1].label', 'L'.repeat(301)),
    says: /map\.nodes\[1\]\.label: must be at most 300 characters, got 301/,
  },
  {
    name: 'a javascript: evidence URL',
    bytes: () => broken('map.nodes[2].evidence[0].url', 'javascript:alert(1)'),
    says: /map\.nodes\[2\]\.evidence\[0\]\.url: only http:\/\/ and https:\/\/ links/,
  },
  {
    name: 'a data: evidence URL',
    bytes: () => broken('map.nodes[2].evidence[0].url', 'data:text/html,<script>alert(1)</script>'),
    says: /evidence\[0\]\.url: only http/,
  },
  // Version 2's own: evidence sources and the deal record.
  {
    name: 'an unknown evidence source',
    bytes: () => broken('map.nodes[2].evidence[0].source', 'gut feeling'),
    says: /map\.nodes\[2\]\.evidence\[0\]\.source: expected one of buyer, [\s\S]*gut feeling/,
  },
  {
    name: 'a deal stalled at a node the map does not have',
    bytes: () => broken('map.deals', [deal({ stalledAt: ['cfo', 'ghost'] })]),
    says: /map\.deals\[0\]\.stalledAt\[1\]: no node has id "ghost"/,
  },
  {
    name: 'two deals with one id',
    bytes: () => broken('map.deals', [deal(), deal({ name: 'Contoso' })]),
    says: /map\.deals\[1\]\.id: another deal already has id "d1"/,
  },
  {
    name: 'a deal closed on 05/02/2026',
    bytes: () => broken('map.deals', [deal({ closedOn: '05/02/2026' })]),
    says: /map\.deals\[0\]\.closedOn: expected a date as YYYY-MM-DD, got "05\/02\/2026"/,
  },
  {
    name: '10,001 deals',
    bytes: () =>
      broken(
        'map.deals',
        Array.from({ length: 10_001 }, (_, i) => deal({ id: `d${i}` })),
      ),
    says: /map\.deals: at most 10,000 deals are allowed, got 10,001/,
  },
  {
    name: `${NESTING.toLocaleString('en-US')} levels of nested arrays`,
    bytes: () => withRawNumber('map.nodes[0].notes', `${'['.repeat(NESTING)}${']'.repeat(NESTING)}`),
    says: /map\.nodes\[0\]\.notes: expected text, got a list|nested too deeply/,
  },
  {
    name: '20,001 nodes',
    bytes: () => {
      const nodes = Array.from({ length: 20_001 }, (_, i) =>
        makeApprover({ id: `a${i}`, label: `Approver ${i}` }),
      );
      return text(mapFileText(workshopMap({ nodes, edges: [], plan: [] })));
    },
    says: /map\.nodes: at most 20,000 nodes are allowed, got 20,001/,
  },
  {
    name: 'a file over 20 MB',
    bytes: () =>
      Buffer.concat([
        text('{"format":"obvious.decision-map","version":1,"notes":"'),
        Buffer.alloc(20 * MB, 0x61),
        text('"}'),
      ]),
    says: /too large[\s\S]*20 MB/,
  },
  {
    name: 'binary garbage',
    bytes: () =>
      Buffer.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0xfe, 0x00, 0x7f, 0xc3,
        0x28,
      ]),
    says: /not text[\s\S]*looks like a binary file/,
  },
  {
    name: 'UTF-16 text cut off at an odd byte',
    bytes: () =>
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(mapFileText(), 'utf16le').subarray(0, 301)]),
    says: /UTF-16[\s\S]*odd number of bytes/,
  },
];

/** How a valid file may be encoded: each must open as the same map. */
export const ENCODINGS: readonly { name: string; encode: (text: string) => Buffer }[] = [
  {
    name: 'UTF-8 with a byte-order mark',
    encode: (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), text(t)]),
  },
  {
    name: 'UTF-16LE with a byte-order mark',
    encode: (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]),
  },
  { name: 'UTF-16BE without a byte-order mark', encode: (t) => Buffer.from(t, 'utf16le').swap16() },
];

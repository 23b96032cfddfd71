/** Every released file keeps loading, and writing it back gives the very same bytes. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/domain/analysis/analyze';
import { openFile, parseMapFile } from '../../../src/domain/format/parseMapFile';
import { serializeMapFile, serializeWorkspaceFile } from '../../../src/domain/format/serialize';
import { EVIDENCE_SOURCES } from '../../../src/domain/records/common';
import { DEAL_OUTCOMES } from '../../../src/domain/records/deal';
import type { DecisionMap } from '../../../src/domain/records/map';
import { EDGE_KINDS, NODE_KINDS, PLAN_CATEGORIES } from '../../../src/domain/records/states';
import { expectLoaded } from './fileBuilders';
import { fixturesOf, sampleMapText } from './fixtureFiles';

const exportedAtOf = (text: string): string => (JSON.parse(text) as { exportedAt: string }).exportedAt;

type Json = { [key: string]: unknown };

/** What FORMAT.md says a version 1 map becomes in version 2, written out by hand (not the app's migration). */
function asVersionTwo(v1: Json): Json {
  const map = (m: Json): Json => ({
    ...m,
    nodes: (m.nodes as Json[]).map((n) =>
      n.evidence === undefined
        ? n
        : { ...n, evidence: (n.evidence as Json[]).map((e) => ({ ...e, source: 'unspecified' })) },
    ),
    deals: [],
  });
  return v1.map !== undefined
    ? { ...v1, version: 2, map: map(v1.map as Json) }
    : { ...v1, version: 2, maps: (v1.maps as Json[]).map(map) };
}

const writeBack = (text: string): string => {
  const opened = expectLoaded(openFile(text));
  return opened.kind === 'map'
    ? serializeMapFile(opened.map, exportedAtOf(text))
    : serializeWorkspaceFile(opened.maps, exportedAtOf(text));
};

describe('version 1 fixtures', () => {
  const fixtures = fixturesOf('v1');

  it('are all there', () => {
    expect(fixtures.map(([name]) => name)).toEqual([
      'every-field.obvious.json',
      'minimal.obvious.json',
      'sample-2026-q3.obvious.json',
      'workspace-three-quarters.obvious.json',
    ]);
  });

  it.each(fixtures)(
    '%s loads, and is written back as the version 2 file FORMAT.md describes',
    (_name, text) => {
      const written = writeBack(text);
      expect(JSON.parse(written)).toEqual(asVersionTwo(JSON.parse(text) as Json));
      // Written back once more, the version 2 file gives the very same bytes.
      expect(writeBack(written)).toBe(written);
    },
  );

  it('every-field uses every node kind, edge kind, plan category and optional field', () => {
    const text = fixtures.find(([name]) => name === 'every-field.obvious.json')?.[1] ?? '';
    const map = expectLoaded(parseMapFile(text));
    expect(new Set(map.nodes.map((n) => n.kind))).toEqual(new Set(NODE_KINDS));
    expect(new Set(map.edges.map((e) => e.kind))).toEqual(new Set(EDGE_KINDS));
    expect(new Set(map.plan.map((p) => p.category))).toEqual(new Set(PLAN_CATEGORIES));
    expect(map.basedOn).toBeDefined();
    expect(map.notes).toBeDefined();
    for (const field of ['notes', 'evidence'] as const)
      expect(map.nodes.some((n) => n[field] !== undefined)).toBe(true);
    expect(
      map.nodes.flatMap((n) => n.evidence ?? []).some((e) => e.url !== undefined && e.date !== undefined),
    ).toBe(true);
    expect(map.plan.some((p) => p.owner !== undefined && p.notes !== undefined)).toBe(true);
  });

  it('the workspace holds three quarters of one market linked by basedOn', () => {
    const text = fixtures.find(([name]) => name.startsWith('workspace'))?.[1] ?? '';
    const opened = expectLoaded(openFile(text));
    if (opened.kind !== 'workspace') throw new Error('expected a workspace');
    expect(opened.maps.map((m) => [m.period, m.basedOn])).toEqual([
      ['2026-Q1', undefined],
      ['2026-Q2', opened.maps[0]?.id],
      ['2026-Q3', opened.maps[1]?.id],
    ]);
  });
});

describe('version 2 fixtures', () => {
  const fixtures = fixturesOf('v2');
  const named = (name: string): string => fixtures.find(([n]) => n === name)?.[1] ?? '';

  it('are all there, each written as version 2', () => {
    expect(fixtures.map(([name]) => name)).toEqual([
      'every-field.obvious.json',
      'minimal.obvious.json',
      'sample-2026-q3.obvious.json',
      'workspace-three-quarters.obvious.json',
    ]);
    for (const [, text] of fixtures) expect((JSON.parse(text) as Json).version).toBe(2);
  });

  it.each(fixtures)('%s loads and serializes back byte for byte', (_name, text) => {
    expect(writeBack(text)).toBe(text);
  });

  it('every-field uses every evidence source, every deal outcome and every optional field', () => {
    const map = expectLoaded(parseMapFile(named('every-field.obvious.json')));
    const evidence = map.nodes.flatMap((n) => n.evidence ?? []);
    expect(new Set(evidence.map((e) => e.source))).toEqual(new Set(EVIDENCE_SOURCES));
    expect(evidence.some((e) => e.by !== undefined)).toBe(true);
    const deals = map.deals ?? [];
    expect(new Set(deals.map((d) => d.outcome))).toEqual(new Set(DEAL_OUTCOMES));
    expect(
      deals.some((d) => d.closedOn !== undefined && d.notes !== undefined && d.stalledAt.length > 0),
    ).toBe(true);
    expect(deals.some((d) => d.closedOn === undefined && d.notes === undefined)).toBe(true);
  });

  it('the same maps as version 1, once evidence sources and deals are set aside', () => {
    const strip = (map: DecisionMap) => ({
      ...map,
      deals: undefined,
      nodes: map.nodes.map((n) => ({ ...n, evidence: undefined })),
    });
    for (const name of ['every-field.obvious.json', 'workspace-three-quarters.obvious.json']) {
      const v1 = expectLoaded(openFile(fixturesOf('v1').find(([n]) => n === name)?.[1] ?? ''));
      const v2 = expectLoaded(openFile(named(name)));
      const maps = (o: typeof v1) => (o.kind === 'map' ? [o.map] : o.maps).map(strip);
      expect(maps(v2)).toEqual(maps(v1));
    }
  });

  it('the sample fixture is the released copy of public/sample-map.json (same map; the sample may be reformatted)', () => {
    expect(expectLoaded(parseMapFile(sampleMapText()))).toEqual(
      expectLoaded(parseMapFile(named('sample-2026-q3.obvious.json'))),
    );
  });
});

describe('the sample map', () => {
  const map = expectLoaded(parseMapFile(sampleMapText()));
  const ofKind = (kind: string) => map.nodes.filter((n) => n.kind === kind);

  it('is a realistic decision: 6–8 approvers, proofs, risks, frictions, every edge kind', () => {
    expect(ofKind('approver').length).toBeGreaterThanOrEqual(6);
    expect(ofKind('approver').length).toBeLessThanOrEqual(8);
    expect(ofKind('proof').length).toBeGreaterThanOrEqual(6);
    expect(ofKind('risk').length).toBeGreaterThanOrEqual(4);
    expect(ofKind('friction').length).toBeGreaterThanOrEqual(3);
    expect(new Set(map.edges.map((e) => e.kind))).toEqual(new Set(EDGE_KINDS));
    expect(
      map.nodes.flatMap((n) => n.evidence ?? []).filter((e) => e.url?.startsWith('https://')).length,
    ).toBeGreaterThanOrEqual(4);
  });

  it('has about eight plan items, at least two of them unanchored', () => {
    expect(map.plan.length).toBeGreaterThanOrEqual(6);
    expect(map.plan.filter((p) => p.addresses.length === 0).length).toBeGreaterThanOrEqual(2);
  });

  it('scores a believable 20–55 with one clear constraint that a plan item addresses', () => {
    const analysis = analyze(map);
    expect(analysis.score).toBeGreaterThanOrEqual(20);
    expect(analysis.score).toBeLessThanOrEqual(55);
    const [first, second] = analysis.drivers;
    expect(analysis.constraint).toBe(first?.id);
    expect(first?.lift).toBeGreaterThan(2 * (second?.lift ?? 0));
    expect(map.plan.some((item) => item.addresses.includes(analysis.constraint ?? ''))).toBe(true);
  });

  it('is laid out in readable columns: frictions left, approvers middle, proofs and risks right', () => {
    const span = (kind: string) => {
      const xs = ofKind(kind).map((n) => n.position.x);
      return { min: Math.min(...xs), max: Math.max(...xs) };
    };
    expect(span('friction').max + 260).toBeLessThanOrEqual(span('approver').min);
    expect(span('approver').max + 260).toBeLessThanOrEqual(Math.min(span('proof').min, span('risk').min));
    for (const kind of NODE_KINDS) {
      const ys = ofKind(kind)
        .map((n) => n.position.y)
        .sort((a, b) => a - b);
      ys.slice(1).forEach((y, i) => expect(y - (ys[i] ?? 0)).toBeGreaterThanOrEqual(120));
    }
  });
});

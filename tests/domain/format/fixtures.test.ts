/** Every released file keeps loading, and writing it back gives the very same bytes. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/domain/analysis/analyze';
import { openFile, parseMapFile } from '../../../src/domain/format/parseMapFile';
import { serializeMapFile, serializeWorkspaceFile } from '../../../src/domain/format/serialize';
import { EDGE_KINDS, NODE_KINDS, PLAN_CATEGORIES } from '../../../src/domain/records/states';
import { expectLoaded } from './fileBuilders';
import { fixturesOf, sampleMapText } from './fixtureFiles';

const exportedAtOf = (text: string): string => (JSON.parse(text) as { exportedAt: string }).exportedAt;

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

  it.each(fixtures)('%s loads and serializes back byte for byte', (_name, text) => {
    const opened = expectLoaded(openFile(text));
    const written =
      opened.kind === 'map'
        ? serializeMapFile(opened.map, exportedAtOf(text))
        : serializeWorkspaceFile(opened.maps, exportedAtOf(text));
    expect(written).toBe(text);
  });

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

  it('the sample fixture is the released copy of public/sample-map.json (same map; the sample may be reformatted)', () => {
    const fixture = fixtures.find(([name]) => name === 'sample-2026-q3.obvious.json')?.[1] ?? '';
    expect(expectLoaded(parseMapFile(sampleMapText()))).toEqual(expectLoaded(parseMapFile(fixture)));
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

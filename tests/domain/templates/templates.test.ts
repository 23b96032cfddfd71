import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/domain/analysis/analyze';
import { parseMapFile } from '../../../src/domain/format/parseMapFile';
import { serializeMapFile } from '../../../src/domain/format/serialize';
import type { DecisionMap } from '../../../src/domain/records/map';
import { findTemplate, TEMPLATES } from '../../../src/domain/templates/templates';
import { buildTemplateMap, type TemplateSpec } from '../../../src/domain/templates/templateSpec';

const asMap = (template: TemplateSpec): DecisionMap =>
  buildTemplateMap(template, `map-${template.id}`, '2026-Q3');
const approversOf = (map: DecisionMap) => map.nodes.filter((n) => n.kind === 'approver');
const linkedTo = (map: DecisionMap, id: string) =>
  map.edges.filter((e) => e.source === id || e.target === id);

describe.each(TEMPLATES.map((t) => [t.name, t] as const))('the template "%s"', (_name, template) => {
  const map = asMap(template);

  it('is a valid decision map: it goes out and comes back through the file format unchanged', () => {
    const parsed = parseMapFile(serializeMapFile(map));
    expect(parsed.ok ? parsed.value : parsed.error).toEqual(map);
  });

  it('asks every question and answers none: every state starts unknown, and the score says so', () => {
    const states = map.nodes.map((n) =>
      n.kind === 'approver' ? n.stance : n.kind === 'risk' ? n.reduction : n.status,
    );
    expect(new Set(states)).toEqual(new Set(['unknown']));
    const analysis = analyze(map);
    expect(analysis.score).toBeLessThanOrEqual(5);
    // One open question per node: no approver is left without a proof to ask about.
    expect(analysis.openQuestions).toHaveLength(map.nodes.length);
  });

  it('gives every approver at least one proof, and links every proof, risk and friction to an approver', () => {
    for (const approver of approversOf(map)) {
      expect(
        map.edges.some((e) => e.kind === 'requires' && e.source === approver.id),
        approver.label,
      ).toBe(true);
    }
    for (const node of map.nodes.filter((n) => n.kind !== 'approver')) {
      const touchesApprover = linkedTo(map, node.id).some((e) => e.kind !== 'reduces');
      expect(touchesApprover, node.label).toBe(true);
    }
  });

  it('lays the nodes out without two cards on the same spot', () => {
    const spots = map.nodes.map((n) => `${n.position.x},${n.position.y}`);
    expect(new Set(spots).size).toBe(spots.length);
  });

  it('has a name, a summary, a decision and no plan yet', () => {
    expect(template.name.length).toBeGreaterThan(5);
    expect(template.summary.length).toBeGreaterThan(20);
    expect(map.decision.length).toBeGreaterThan(10);
    expect(map.plan).toEqual([]);
    expect(findTemplate(template.id)).toBe(template);
  });
});

describe('the templates together', () => {
  it('cover the common buying decisions', () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual([
      'enterprise-security',
      'mid-market',
      'small-business',
      'public-sector',
      'healthcare',
    ]);
  });

  it.each([
    ['enterprise-security', 6, 10],
    ['mid-market', 5, 10],
    ['small-business', 2, 5],
    ['public-sector', 6, 10],
    ['healthcare', 6, 10],
  ])('%s has a buying group of %i to %i approvers', (id, min, max) => {
    const template = findTemplate(id);
    if (!template) throw new Error(`no template ${id}`);
    const count = approversOf(asMap(template)).length;
    expect(count).toBeGreaterThanOrEqual(min);
    expect(count).toBeLessThanOrEqual(max);
  });

  it('puts the usual sign-off steps in the enterprise template: security review, procurement and legal are frictions', () => {
    const template = findTemplate('enterprise-security');
    if (!template) throw new Error('no enterprise template');
    const map = asMap(template);
    const burdened = new Set(map.edges.filter((e) => e.kind === 'burdens').map((e) => e.target));
    expect([...burdened]).toEqual(expect.arrayContaining(['ciso', 'procurement', 'legal']));
  });

  it('makes each new map its own: the map id and period come from the caller', () => {
    const template = TEMPLATES[0]!;
    const a = buildTemplateMap(template, 'map-a');
    const b = buildTemplateMap(template, 'map-b', '2027-Q1');
    expect([a.id, a.period, b.id, b.period]).toEqual(['map-a', '', 'map-b', '2027-Q1']);
    expect(a.nodes).toEqual(b.nodes);
  });

  it('finds no template for an unknown id', () => {
    expect(findTemplate('nope')).toBeUndefined();
  });
});

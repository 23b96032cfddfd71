import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/domain/analysis/analyze';
import { briefContent, TOP_DRIVERS } from '../../../src/domain/brief/briefContent';
import { briefMarkdown } from '../../../src/domain/brief/briefMarkdown';
import type { DecisionMap } from '../../../src/domain/records/map';
import {
  arbitraryMap,
  burdens,
  fears,
  makeApprover,
  makeFriction,
  makeMap,
  makePlanItem,
  makeProof,
  makeRisk,
  requires,
} from '../../builders';

/** A skeptical veto CFO who needs a missing SOC 2 report; one plan item on it, one on nothing. */
function workshopMap(overrides: Partial<DecisionMap> = {}): DecisionMap {
  const cfo = makeApprover({ id: 'cfo', label: 'CFO', veto: true, stance: 'skeptical' });
  const legal = makeApprover({ id: 'legal', label: 'Legal', stance: 'unknown' });
  const soc2 = makeProof({ id: 'soc2', label: 'SOC 2 report', status: 'missing' });
  const breach = makeRisk({ id: 'breach', label: 'Data breach', reduction: 'none' });
  const budget = makeFriction({ id: 'budget', label: 'Budget cycle', status: 'present' });
  return makeMap({
    nodes: [cfo, legal, soc2, breach, budget],
    edges: [requires(cfo, soc2), fears(cfo, breach), burdens(budget, cfo)],
    plan: [
      makePlanItem({ id: 'audit', title: 'SOC 2 audit', addresses: ['soc2'] }),
      makePlanItem({ id: 'aes', title: 'Hire 6 enterprise AEs', category: 'hiring', addresses: [] }),
    ],
    ...overrides,
  });
}

const brief = (map: DecisionMap) => briefContent(map, analyze(map));

describe('what the decision brief says', () => {
  it('carries the score, the constraint and the drivers of the analysis, labels kept as they are', () => {
    const map = workshopMap();
    const analysis = analyze(map);
    const b = brief(map);
    expect(b.score).toBe(analysis.score);
    expect(b.constraint?.id).toBe(analysis.constraint);
    expect(b.drivers.map((d) => d.id)).toEqual(analysis.drivers.slice(0, TOP_DRIVERS).map((d) => d.id));
    expect(b.drivers.map((d) => d.lift)).toEqual(analysis.drivers.slice(0, TOP_DRIVERS).map((d) => d.lift));
    expect(b.openQuestions).toEqual(analysis.openQuestions.map((q) => q.question));
    expect(b.ceiling).toBe(analysis.plan.ceiling);
  });

  it('names the plan items a room must notice, in plan order, with the flags and lifts of the analysis', () => {
    const map = workshopMap();
    const items = analyze(map).plan.items;
    expect(brief(map).flaggedPlan).toEqual([
      { title: 'SOC 2 audit', flags: ['low-leverage'], lift: items[0]!.lift },
      { title: 'Hire 6 enterprise AEs', flags: ['unanchored'], lift: 0 },
    ]);
  });

  it('leaves plan items that matter out of the flags', () => {
    const map = workshopMap({ plan: [makePlanItem({ title: 'Win Legal over', addresses: ['legal'] })] });
    expect(brief(map).flaggedPlan).toEqual([]);
  });

  it('says which plan items address each driver, and lists the gaps nobody addresses', () => {
    const b = brief(workshopMap());
    const soc2 = b.drivers.find((d) => d.id === 'soc2');
    expect(soc2?.addressedBy).toEqual(['SOC 2 audit']);
    expect(b.gaps.map((g) => g.id)).not.toContain('soc2');
    expect(b.gaps.every((g) => g.addressedBy.length === 0)).toBe(true);
  });

  it.each([
    ['the constraint unaddressed', workshopMap({ plan: [] }), 'No plan item addresses it.'],
    [
      'the constraint addressed',
      workshopMap({ plan: [makePlanItem({ addresses: ['cfo', 'soc2', 'breach', 'budget', 'legal'] })] }),
      'The plan addresses it.',
    ],
  ])('tells the room about %s', (_case, map, sentence) => {
    expect(brief(map).constraintSentence).toContain(sentence);
  });

  it('says plainly when there is nothing yet', () => {
    const b = brief(makeMap());
    expect(b.constraint).toBeNull();
    expect(b.constraintSentence).toMatch(/Nothing on this map would raise the score/);
    expect(b.ceilingSentence).toMatch(/no plan/);
    expect(b.openQuestions).toEqual(['Who must approve this decision?']);
  });

  it('puts the ceiling in the sentence the tool exists to make visible', () => {
    const b = brief(workshopMap());
    expect(b.ceilingSentence).toBe(
      `Even if every plan item succeeds, the decision is ${b.ceiling}% obvious.`,
    );
  });
});

describe('the brief as Markdown', () => {
  it('has every section in order', () => {
    const text = briefMarkdown(brief(workshopMap()), {
      imageFile: 'mid-market-2026-q3.svg',
      date: '2026-11-24',
    });
    const headings = text.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      '# Decision brief: Mid\\-market finance teams',
      expect.stringMatching(/^## Obviousness: [\d.]+ \/ 100$/),
      '## The constraint',
      '## Top drivers',
      '## Approvers',
      '## Open questions',
      '## The plan',
      '### Plan flags',
      '### Gaps: drivers no plan item addresses',
      '## The map',
    ]);
    expect(text).toContain('![Decision map\\: Mid\\-market finance teams](mid-market-2026-q3.svg)');
    expect(text).toContain('**Hire 6 enterprise AEs**: unanchored');
    expect(text).toContain('- CFO (veto): skeptical');
  });

  it('leaves the image out when there is no image file', () => {
    expect(briefMarkdown(brief(workshopMap()))).not.toContain('## The map');
  });

  it('keeps hostile labels as text: no HTML, no link, no image', () => {
    const map = workshopMap();
    const hostile: DecisionMap = {
      ...map,
      title: '<img src=x onerror=alert(1)>',
      nodes: map.nodes.map((n) => (n.id === 'soc2' ? { ...n, label: '[x](javascript:alert(1))' } : n)),
      plan: map.plan.map((p) => (p.id === 'aes' ? { ...p, title: '</li><script>alert(1)</script>' } : p)),
    };
    const text = briefMarkdown(brief(hostile), { imageFile: 'map.svg' });
    expect(text).not.toMatch(/[<>]/);
    expect(text).toContain('&lt;img src\\=x onerror\\=alert\\(1\\)&gt;');
    expect(text).toContain('\\[x\\]\\(javascript\\:alert\\(1\\)\\)');
    expect(text.match(/\]\(/g)).toHaveLength(1); // the map image, and nothing else
  });

  it('never writes a tag or a link from any map, whatever its labels', () => {
    fc.assert(
      fc.property(arbitraryMap({ oddLabels: true }), (map) => {
        const text = briefMarkdown(brief(map));
        expect(text).not.toMatch(/[<>]/);
        expect(text).not.toContain('](');
        for (const line of text.split('\n')) {
          if (line.startsWith('#')) expect(line).toMatch(/^#{1,3} [A-Z]/);
        }
      }),
      { numRuns: 60 },
    );
  });
});

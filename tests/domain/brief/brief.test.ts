import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/domain/analysis/analyze';
import { briefContent, TOP_DRIVERS } from '../../../src/domain/brief/briefContent';
import { briefMarkdown } from '../../../src/domain/brief/briefMarkdown';
import { diff } from '../../../src/domain/diff/diff';
import type { DecisionMap } from '../../../src/domain/records/map';
import type { DecisionNode } from '../../../src/domain/records/node';
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
  withNode,
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
    expect(b.band).toEqual(analysis.band);
    expect(b.path.map((d) => d.id)).toEqual(analysis.path);
  });

  it('puts the first find-out beside the constraint, with its question and worth', () => {
    const map = workshopMap();
    const analysis = analyze(map);
    const b = brief(map);
    expect(b.firstFindOut).toMatchObject({
      id: 'legal',
      question: "What is Legal's stance?",
      value: analysis.findOut[0]!.value,
    });
    expect(b.findOutSentence).toMatch(/No plan item will find it out/);
    expect(b.scoreSentence).toMatch(
      /^The buying decision is [\d.]+ \/ 100 obvious today, up to [\d.]+ once the open question is answered/,
    );
  });

  it('gives every plan item its verdict, in plan order, with the lift of the analysis', () => {
    const map = workshopMap();
    const items = analyze(map).plan.items;
    expect(brief(map).plan).toEqual([
      { title: 'SOC 2 audit', verdict: items[0]!.verdict, lift: items[0]!.lift, leaves: null },
      { title: 'Hire 6 enterprise AEs', verdict: 'internal-logic', lift: 0, leaves: null },
    ]);
    expect(items[0]!.verdict).toBe('high-leverage');
  });

  it('says what an insufficient item leaves standing: the constraint', () => {
    const map = workshopMap({ plan: [makePlanItem({ title: 'Budget workaround', addresses: ['budget'] })] });
    const b = brief(map);
    const [item] = b.plan;
    expect(analyze(map).plan.items[0]!.verdict).toBe(item!.verdict);
    if (item!.verdict === 'insufficient') expect(item!.leaves?.id).toBe(b.constraint?.id);
    else expect(item!.leaves).toBeNull();
  });

  it('says which plan items address each driver, and lists the gaps nobody addresses', () => {
    const b = brief(workshopMap());
    const soc2 = b.drivers.find((d) => d.id === 'soc2');
    expect(soc2?.addressedBy).toEqual(['SOC 2 audit']);
    expect(b.gaps.map((g) => g.id)).not.toContain('soc2');
    expect(b.gaps.every((g) => g.addressedBy.length === 0)).toBe(true);
    // Legal's stance is unknown and no item will find it out.
    expect(b.gaps.find((g) => g.id === 'legal')).toMatchObject({
      findOut: true,
      question: "What is Legal's stance?",
    });
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
    expect(b.ceilingSentence).toMatch(
      new RegExp(
        `^Even if every plan item succeeds, the decision is ${b.ceiling} / 100 obvious — ${b.ceilingBand.low} if`,
      ),
    );
  });

  it('says what changed since the map it is based on, grouped as the comparison groups it', () => {
    const before = workshopMap();
    const after: DecisionMap = {
      ...withNode(
        before,
        'soc2',
        (n) =>
          ({
            ...n,
            status: 'verified',
            evidence: [{ text: 'Report in hand', date: '2026-08-01', source: 'buyer' }],
          }) as DecisionNode,
      ),
      id: 'next',
      basedOn: before.id,
      plan: before.plan.map((p) => (p.id === 'aes' ? { ...p, addresses: ['budget'] } : p)),
    };
    const since = diff(before, after);
    const b = briefContent(after, analyze(after), since);
    expect(b.since).toEqual({
      period: before.period,
      scoreDelta: since.scoreDelta,
      groups: since.groups,
      retagged: ['Hire 6 enterprise AEs'],
      evidence: [{ group: 'gained', labels: [after.nodes.find((n) => n.id === 'soc2')!.label] }],
    });
    expect(b.since!.groups.progress).toBe(since.scoreDelta);
    const text = briefMarkdown(b);
    expect(text).toContain('Progress: the market moved');
    expect(text).toContain('Re-tagged plan items (the ceiling moved, not the score): Hire 6 enterprise AEs');
    expect(text).toMatch(/^- Knowledge gained: now backed by current market evidence: SOC 2/m);
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
      '# Decision brief: Mid-market finance teams',
      expect.stringMatching(/^## Obviousness: [\d.]+ \/ 100, up to [\d.]+$/),
      '## Change first: the constraint',
      '## Find out first',
      '## Top drivers',
      '## What to find out',
      '## Approvers',
      '## Open questions',
      '## The plan',
      '### Gaps: what matters and no plan item addresses',
      '## What we know and what we assume',
      '## What the deals say',
      '## The map',
    ]);
    expect(text).toContain('![Decision map: Mid-market finance teams](mid-market-2026-q3.svg)');
    expect(text).toContain('**Hire 6 enterprise AEs**: Internal logic: it addresses nothing');
    expect(text).toContain('- CFO (veto): skeptical');
  });

  it('leaves the image out when there is no image file', () => {
    expect(briefMarkdown(brief(workshopMap()))).not.toContain('## The map');
  });

  it('embeds the map picture when given as a data URL (one file), and refuses anything else as one', () => {
    const data = 'data:image/svg+xml;base64,PHN2Zy8+';
    const text = briefMarkdown(brief(workshopMap()), { imageData: data, imageFile: 'map.svg' });
    expect(text).toContain(`![Decision map: Mid-market finance teams](${data})`);
    const hostile = briefMarkdown(brief(workshopMap()), {
      imageData: 'data:image/png;base64,x) [y](javascript:z',
    });
    expect(hostile).not.toContain('## The map');
  });

  it('writes lifts and changes as the panels do: a sign and one decimal (issue 16: "+4" beside "+4.0")', () => {
    const text = briefMarkdown(brief(workshopMap()));
    const lifts = text.match(/[+−]\d+(\.\d+)?/g) ?? [];
    expect(lifts.length).toBeGreaterThan(0);
    for (const lift of lifts) expect(lift).toMatch(/^[+−]\d+\.\d$/);
  });

  it('reads as written in plain text: no backslash before a hyphen, a colon, a full stop or a bracket', () => {
    const map = workshopMap();
    const text = briefMarkdown(
      brief({ ...map, title: 'Proof: a 600-bed hospital (U.S.)', nodes: map.nodes }),
    );
    expect(text).toContain('# Decision brief: Proof: a 600-bed hospital (U.S.)');
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
    expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(text).toContain('\\[x\\](javascript:alert(1))');
    expect(text.match(/(^|[^\\])\]\(/g)).toHaveLength(1); // the map image, and nothing else
  });

  it('never writes a tag or a link from any map, whatever its labels', () => {
    fc.assert(
      fc.property(arbitraryMap({ oddLabels: true }), (map) => {
        const text = briefMarkdown(brief(map));
        expect(text).not.toMatch(/[<>]/);
        expect(text).not.toMatch(/(^|[^\\])\]\(/); // "](" only after an escaped "]"
        for (const line of text.split('\n')) {
          if (line.startsWith('#')) expect(line).toMatch(/^#{1,3} [A-Z]/);
        }
      }),
      { numRuns: 60 },
    );
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/domain/analysis/analyze';
import type { Analysis } from '../../../src/domain/analysis/types';
import { parseMapFile } from '../../../src/domain/format/parseMapFile';

/**
 * PRODUCT.md property 8, last point: realistic maps land where experienced practitioners put them.
 * The maps and what two practitioners said about each (read blind) live beside the project in
 * ../shared/calibration/; they are read from there, never copied or edited (its README says what each
 * expectation means).
 */
const CALIBRATION = resolve(__dirname, '../../../../shared/calibration');

interface Expectation {
  score: [number, number];
  constraint: string[];
  firstFindOut: string[];
  ceiling: [number, number];
  verdicts: Record<string, string[]>;
  bandHighAtLeast?: number;
}
interface Expectations {
  order: string[];
  maps: Record<string, Expectation>;
}

if (!existsSync(join(CALIBRATION, 'expectations.json')))
  throw new Error(
    `The calibration maps are missing: expected them in ${CALIBRATION} (../shared/calibration).`,
  );

const expectations = JSON.parse(readFileSync(join(CALIBRATION, 'expectations.json'), 'utf8')) as Expectations;

/** Each map goes through the one door for files, as a user's would. */
function analysisOf(name: string): Analysis {
  const parsed = parseMapFile(readFileSync(join(CALIBRATION, `${name}.json`), 'utf8'));
  if (!parsed.ok) throw new Error(`${name}.json does not load: ${JSON.stringify(parsed.error)}`);
  return analyze(parsed.value);
}

const analyses = new Map(Object.keys(expectations.maps).map((name) => [name, analysisOf(name)]));

describe.each(Object.entries(expectations.maps))('calibration map %s', (name, expected) => {
  const analysis = analyses.get(name)!;

  it(`scores within the practitioners' range ${expected.score.join('–')}`, () => {
    expect(analysis.score).toBeGreaterThanOrEqual(expected.score[0]);
    expect(analysis.score).toBeLessThanOrEqual(expected.score[1]);
  });

  it(`names as the constraint one of: ${expected.constraint.join(', ')}`, () => {
    expect(expected.constraint).toContain(analysis.constraint);
  });

  it(
    expected.firstFindOut.length === 0
      ? 'has nothing to find out'
      : `puts first among the find-outs one of: ${expected.firstFindOut.join(', ')}`,
    () => {
      if (expected.firstFindOut.length === 0) expect(analysis.findOut).toEqual([]);
      else expect(expected.firstFindOut).toContain(analysis.findOut[0]?.id);
    },
  );

  it(`gives a whole-plan ceiling within ${expected.ceiling.join('–')}`, () => {
    expect(analysis.plan.ceiling).toBeGreaterThanOrEqual(expected.ceiling[0]);
    expect(analysis.plan.ceiling).toBeLessThanOrEqual(expected.ceiling[1]);
  });

  it.each(Object.entries(expected.verdicts))('calls plan item %s one of %j', (id, verdicts) => {
    const item = analysis.plan.items.find((i) => i.id === id);
    expect(item, `plan item ${id}`).toBeDefined();
    expect(verdicts).toContain(item!.verdict);
  });

  if (expected.bandHighAtLeast !== undefined)
    it(`reaches at least ${expected.bandHighAtLeast} at the top of its band`, () => {
      expect(analysis.band.high).toBeGreaterThanOrEqual(expected.bandHighAtLeast!);
    });
});

describe('the calibration maps together', () => {
  it(`rank in the practitioners' order: ${expectations.order.join(' < ')}`, () => {
    const scores = expectations.order.map((name) => analyses.get(name)!.score);
    for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeGreaterThan(scores[i - 1]!);
  });

  it('spread over the scale: the lowest and the highest are more than 30 points apart', () => {
    const scores = [...analyses.values()].map((a) => a.score);
    expect(Math.max(...scores) - Math.min(...scores)).toBeGreaterThan(30);
  });
});

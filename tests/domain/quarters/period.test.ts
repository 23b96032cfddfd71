import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePeriods, nextPeriod } from '../../../src/domain/quarters/period';

describe('nextPeriod', () => {
  it.each([
    // quarters, both ways round, with the year rolling over
    ['2026-Q1', '2026-Q2'],
    ['2026-Q3', '2026-Q4'],
    ['2026-Q4', '2027-Q1'],
    ['Q3 2026', 'Q4 2026'],
    ['Q4 2026', 'Q1 2027'],
    ['2026 Q4', '2027 Q1'],
    ['2026Q2', '2026Q3'],
    ['2026-q4', '2027-q1'],
    ['Q4-2026', 'Q1-2027'],
    // halves
    ['2026-H1', '2026-H2'],
    ['2026-H2', '2027-H1'],
    ['H2 2026', 'H1 2027'],
    // years
    ['FY2026', 'FY2027'],
    ['FY 2026', 'FY 2027'],
    ['2026', '2027'],
    ['1999', '2000'],
    // months
    ['2026-03', '2026-04'],
    ['2026-09', '2026-10'],
    ['2026-12', '2027-01'],
    // whitespace around a period is not part of it
    ['  2026-Q4 ', '2027-Q1'],
    ['\t2026\n', '2027'],
  ])('%j → %j', (period, expected) => {
    expect(nextPeriod(period)).toBe(expected);
  });

  it.each([
    ['empty', ''],
    ['only spaces', '   '],
    ['a fifth quarter', '2026-Q5'],
    ['quarter zero', '2026-Q0'],
    ['a third half', '2026-H3'],
    ['month 13', '2026-13'],
    ['month 00', '2026-00'],
    ['a bare quarter', 'Q3'],
    ['a two-digit year', '26-Q3'],
    ['a five-digit year', '20266'],
    ['words', 'next quarter'],
    ['a date', '2026-03-01'],
    ['the last year there is', '9999'],
    ['the last quarter there is', '9999-Q4'],
    ['very long', `2026-Q3${' '.repeat(5_000)}`],
    ['very long digits', '2'.repeat(10_000)],
  ])('%s (%j) → ""', (_name, period) => {
    expect(nextPeriod(period)).toBe('');
  });

  it('keeps moving forward in time whatever period it starts from', () => {
    const period = fc.oneof(
      fc
        .tuple(fc.integer({ min: 1000, max: 9998 }), fc.integer({ min: 1, max: 4 }))
        .map(([y, q]) => `${y}-Q${q}`),
      fc
        .tuple(fc.integer({ min: 1000, max: 9998 }), fc.integer({ min: 1, max: 4 }))
        .map(([y, q]) => `Q${q} ${y}`),
      fc
        .tuple(fc.integer({ min: 1000, max: 9998 }), fc.integer({ min: 1, max: 2 }))
        .map(([y, h]) => `${y}-H${h}`),
      fc.integer({ min: 1000, max: 9998 }).map((y) => `FY${y}`),
      fc
        .tuple(fc.integer({ min: 1000, max: 9998 }), fc.integer({ min: 1, max: 12 }))
        .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
    );
    fc.assert(
      fc.property(period, (p) => {
        const next = nextPeriod(p);
        expect(next).not.toBe('');
        expect(comparePeriods(p, next)).toBeLessThan(0);
      }),
    );
  });

  it('four quarters on is the same quarter a year later', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9990 }), fc.integer({ min: 1, max: 4 }), (year, quarter) => {
        let p = `${year}-Q${quarter}`;
        for (let i = 0; i < 4; i++) p = nextPeriod(p);
        expect(p).toBe(`${year + 1}-Q${quarter}`);
      }),
    );
  });
});

describe('comparePeriods', () => {
  const sorted = (periods: string[]): string[] => [...periods].sort(comparePeriods);

  it.each([
    [
      'quarters in time order across years',
      ['2027-Q1', '2026-Q4', '2026-Q2'],
      ['2026-Q2', '2026-Q4', '2027-Q1'],
    ],
    [
      'Q10 is not confused with Q1: months sort by number',
      ['2026-10', '2026-02', '2026-01'],
      ['2026-01', '2026-02', '2026-10'],
    ],
    ['both ways of writing a quarter', ['Q1 2027', '2026-Q3', 'Q4 2026'], ['2026-Q3', 'Q4 2026', 'Q1 2027']],
    ['empty periods last', ['', '2026-Q2', '  ', '2025-Q4'], ['2025-Q4', '2026-Q2', '', '  ']],
    [
      'unrecognised periods after recognised ones, by text',
      ['spring', '2026-Q1', 'autumn'],
      ['2026-Q1', 'autumn', 'spring'],
    ],
    [
      'a month, its quarter and its year start together: shortest first',
      ['2026', '2026-Q1', '2026-01', '2026-H1'],
      ['2026-01', '2026-Q1', '2026-H1', '2026'],
    ],
    ['a year sorts before its later quarters', ['2026-Q2', '2026'], ['2026', '2026-Q2']],
  ])('%s', (_name, input, expected) => {
    expect(sorted(input)).toEqual(expected);
  });

  it('is a consistent ordering: antisymmetric, and zero only for equal text or equal empties', () => {
    const period = fc.oneof(
      fc.constantFrom(
        '',
        ' ',
        '2026-Q1',
        'Q1 2026',
        '2026-H1',
        '2026',
        'FY2026',
        '2026-01',
        '2026-Q4',
        'x',
        'Q5',
      ),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(period, period, (a, b) => {
        expect(Math.sign(comparePeriods(a, b))).toBe(-Math.sign(comparePeriods(b, a)) || 0);
        if (comparePeriods(a, b) === 0) expect(a === b || (a.trim() === '' && b.trim() === '')).toBe(true);
      }),
    );
  });

  it('is transitive, so sorting gives the same order from any starting order', () => {
    const period = fc.constantFrom(
      '',
      '2025-Q4',
      '2026-Q1',
      'Q1 2026',
      '2026-H1',
      '2026',
      'FY2026',
      '2026-01',
      '2026-Q4',
      'x',
      'Q5',
    );
    fc.assert(
      fc.property(fc.array(period, { maxLength: 12 }), (periods) => {
        const once = [...periods].sort(comparePeriods);
        const twice = [...periods].reverse().sort(comparePeriods);
        expect(twice.map((p) => (p.trim() === '' ? '' : p))).toEqual(
          once.map((p) => (p.trim() === '' ? '' : p)),
        );
      }),
    );
  });
});

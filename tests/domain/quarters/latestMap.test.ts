import { describe, expect, it } from 'vitest';
import { latestMap } from '../../../src/domain/quarters/latestMap';
import { makeMap } from '../../builders';

describe('latestMap', () => {
  it.each([
    ['the latest period', ['2026-Q1', '2026-Q3', '2025-Q4'], '2026-Q3'],
    ['a dated map over undated ones', ['', '2024-Q1', ''], '2024-Q1'],
    ['the last map when none is dated', ['', ''], ''],
  ])('picks %s', (_, periods, expected) => {
    const maps = periods.map((period, i) => makeMap({ id: `m${i}`, period }));
    expect(latestMap(maps)?.period).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { imageFileName, mapFileName } from '../../../src/domain/format/mapFileName';
import { makeMap } from '../../builders';

describe('file names', () => {
  it('name a map file and its image exports after the map', () => {
    const map = makeMap({ title: 'Enterprise finance', period: '2026-Q4' });
    expect(mapFileName(map)).toBe('enterprise-finance-2026-q4.obvious.json');
    expect(imageFileName(map, 'png')).toBe('enterprise-finance-2026-q4.png');
    expect(imageFileName(makeMap({ title: '???', period: '' }), 'svg')).toBe('decision-map.svg');
  });
});

import { describe, expect, it } from 'vitest';
import { mapsInThisBrowser } from '../../src/ui/shared/words';
import {
  KIND_NAME,
  KIND_PLURAL,
  kindWithArticle,
  quoted,
  quotedMap,
  withArticle,
} from '../../src/domain/words';
import { NODE_KINDS } from '../../src/domain/records/states';

describe('the product’s words for records', () => {
  it('name every kind, one at a time and several, with the right article', () => {
    expect(NODE_KINDS.map((k) => KIND_NAME[k])).toEqual(['Approver', 'Proof', 'Risk', 'Friction']);
    expect(NODE_KINDS.map((k) => KIND_PLURAL[k])).toEqual(['Approvers', 'Proofs', 'Risks', 'Frictions']);
    expect(NODE_KINDS.map(withArticle)).toEqual(['an approver', 'a proof', 'a risk', 'a friction']);
    expect(kindWithArticle('approver')).toBe('An approver');
  });

  it('quote a title, cut after 60 characters (or as asked), and a map with its period', () => {
    expect(quoted('Mid-market finance teams')).toBe('“Mid-market finance teams”');
    expect(quoted('x'.repeat(61))).toBe(`“${'x'.repeat(60)}…”`);
    expect(quoted('abcdef', 3)).toBe('“abc…”');
    expect(quotedMap({ title: 'Finance', period: '2026-Q3' })).toBe('“Finance” (2026-Q3)');
    expect(quotedMap({ title: 'Finance', period: '' })).toBe('“Finance”');
  });
});

describe('counts in words (issue 16: "1 maps in this browser")', () => {
  it.each([
    [0, 'No maps in this browser'],
    [1, '1 map in this browser'],
    [3, '3 maps in this browser'],
  ])('%i', (count, words) => {
    expect(mapsInThisBrowser(count)).toBe(words);
  });
});

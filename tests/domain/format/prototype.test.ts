/** Keys such as `__proto__` never reach a prototype, unknown keys are dropped, and nothing is lost. */
import { describe, expect, it } from 'vitest';
import { parseMapFile } from '../../../src/domain/format/parseMapFile';
import { makeApprover, makeDeal, makeMap, makeProof, requires } from '../../builders';
import { expectLoaded, fileText, smallMap } from './fileBuilders';

/** Adds `"key": value` as the first member of every object in the file text. */
const injectEverywhere = (text: string, member: string): string =>
  text.replace(/\{(?!\s*\})/g, `{${member},`);

const hostileMembers = [
  '"__proto__": {"polluted": "yes"}',
  '"constructor": {"prototype": {"polluted": "yes"}}',
  '"prototype": {"polluted": "yes"}',
  '"__proto__": null',
  '"toString": "not a function"',
  '"hasOwnProperty": 1',
];

describe('prototype safety', () => {
  it.each(hostileMembers)('%s in every object loads the same map and pollutes nothing', (member) => {
    const text = injectEverywhere(fileText(), member);
    // file, map, 5 nodes, 5 positions, 1 evidence, 5 edges, 1 plan item
    expect(text.split(member).length - 1).toBe(19);
    const map = expectLoaded(parseMapFile(text));
    expect(map).toEqual(smallMap());
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    for (const record of [map, ...map.nodes, ...map.edges, ...map.plan]) {
      expect(Object.hasOwn(record, '__proto__')).toBe(false);
      expect(Object.hasOwn(record, 'constructor')).toBe(false);
      expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
    }
  });

  it.each(hostileMembers)(
    '%s in every object of a deal record and its evidence pollutes nothing',
    (member) => {
      const map = smallMap({
        deals: [
          makeDeal({ id: '__proto__', name: 'constructor', outcome: 'lost', stalledAt: ['cfo', 'soc2'] }),
          makeDeal({ id: 'prototype', outcome: 'won', closedOn: '2026-05-02', stalledAt: [] }),
        ],
      });
      const text = injectEverywhere(fileText(map), member);
      // the 19 of the small map and its 2 deals
      expect(text.split(member).length - 1).toBe(21);
      const loaded = expectLoaded(parseMapFile(text));
      expect(loaded).toEqual(map);
      expect(Object.prototype).not.toHaveProperty('polluted');
      for (const record of [...(loaded.deals ?? []), ...loaded.nodes.flatMap((n) => n.evidence ?? [])]) {
        expect(Object.hasOwn(record, '__proto__')).toBe(false);
        expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
      }
    },
  );

  it('ids named __proto__, constructor and prototype are ordinary ids', () => {
    const a = makeApprover({ id: '__proto__' });
    const b = makeProof({ id: 'constructor' });
    const c = makeProof({ id: 'prototype' });
    const map = makeMap({
      nodes: [a, b, c],
      edges: [requires(a, b), requires(a, c)],
      plan: [
        { id: 'hasOwnProperty', title: 'x', category: 'other', addresses: ['__proto__', 'constructor'] },
      ],
    });
    expect(expectLoaded(parseMapFile(fileText(map)))).toEqual(map);
  });

  it('drops unknown keys at every level and keeps every node', () => {
    const text = injectEverywhere(fileText(), '"x-unknown": {"deep": [1, 2, {"deeper": true}]}');
    const map = expectLoaded(parseMapFile(text));
    expect(map).toEqual(smallMap());
    expect(JSON.stringify(map)).not.toContain('x-unknown');
  });
});

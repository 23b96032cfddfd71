import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  followViewport,
  initials,
  peopleIn,
  readPresence,
  type SharedViewport,
} from '../../src/collab/presence';

/** An awareness with these states (client id → state), seen from client `me`. */
const awarenessOf = (me: number, states: Record<number, unknown>) => ({
  clientID: me,
  getStates: () =>
    new Map(Object.entries(states).map(([id, state]) => [Number(id), state as Record<string, unknown>])),
});

describe('presence from other browsers is untrusted input', () => {
  it('keeps what is well formed', () => {
    const state = {
      name: 'Ada',
      color: '#1d4ed8',
      mode: 'view',
      cursor: { x: 10, y: -4 },
      selection: ['cfo'],
      viewport: { x: 1, y: 2, zoom: 0.5, width: 1920, height: 900 },
      following: 3,
    };
    expect(readPresence(state, 7)).toEqual(state);
  });

  it.each([
    ['a cursor that is not a position', { cursor: { x: 'left', y: 0 } }, { cursor: null }],
    ['a cursor beyond the map’s limits', { cursor: { x: 5e6, y: 0 } }, { cursor: null }],
    [
      'a colour that is not a colour',
      { color: 'red; background: url(x)' },
      { color: expect.stringMatching(/^#[0-9a-f]{6}$/) },
    ],
    ['a zoom of zero', { viewport: { x: 0, y: 0, zoom: 0, width: 10, height: 10 } }, { viewport: null }],
    ['a following that is not a client id', { following: 'everyone' }, { following: null }],
    ['a huge name', { name: 'x'.repeat(500) }, { name: 'x'.repeat(40) }],
    ['no name', { name: '   ' }, { name: expect.stringMatching(/^Guest \d{3}$/) }],
    ['a selection with junk', { selection: ['cfo', 3, null, 'x'.repeat(101)] }, { selection: ['cfo'] }],
  ])('drops %s', (_, state, expected) => {
    expect(readPresence(state, 42)).toMatchObject(expected);
  });

  it('is not presence at all when it is not an object', () => {
    expect(readPresence('hello', 1)).toBeNull();
    expect(readPresence(null, 1)).toBeNull();
  });

  it('lists you first, then everyone by name', () => {
    const people = peopleIn(
      awarenessOf(2, { 1: { name: 'Zoe' }, 2: { name: 'Me' }, 3: { name: 'Ada' }, 4: 'junk' }),
    );
    expect(people.map((p) => [p.name, p.isYou])).toEqual([
      ['Me', true],
      ['Ada', false],
      ['Zoe', false],
    ]);
  });

  it.each([
    ['Ada Byron', 'AB'],
    ['ada', 'AD'],
    ['  Guest 417 ', 'G4'],
    ['', '?'],
  ])('shows %j as %s', (name, shown) => {
    expect(initials(name)).toBe(shown);
  });
});

describe('following someone’s view', () => {
  const leader: SharedViewport = { x: 100, y: 50, zoom: 1, width: 1920, height: 1080 };

  it('shows the same view on a screen of the same size', () => {
    expect(followViewport(leader, { width: 1920, height: 1080 })).toEqual({ x: 100, y: 50, zoom: 1 });
  });

  it('keeps the same centre and fits the same area on any screen', () => {
    fc.assert(
      fc.property(
        fc.record({
          x: fc.integer({ min: -5000, max: 5000 }),
          y: fc.integer({ min: -5000, max: 5000 }),
          zoom: fc.double({ min: 0.2, max: 2, noNaN: true }),
        }),
        fc.record({
          width: fc.integer({ min: 200, max: 4000 }),
          height: fc.integer({ min: 200, max: 3000 }),
        }),
        (view, canvas) => {
          const from = { ...view, width: 1600, height: 900 };
          const to = followViewport(from, canvas, { min: 0.001, max: 1000 });
          const centre = (v: { x: number; y: number; zoom: number }, w: number, h: number) => [
            (w / 2 - v.x) / v.zoom,
            (h / 2 - v.y) / v.zoom,
          ];
          const [ax, ay] = centre(from, 1600, 900);
          const [bx, by] = centre(to, canvas.width, canvas.height);
          expect(bx).toBeCloseTo(ax!, 6);
          expect(by).toBeCloseTo(ay!, 6);
          // The leader's whole visible area fits: width and height in map units are no smaller.
          expect(canvas.width / to.zoom).toBeGreaterThanOrEqual(1600 / from.zoom - 1e-6);
          expect(canvas.height / to.zoom).toBeGreaterThanOrEqual(900 / from.zoom - 1e-6);
        },
      ),
    );
  });

  it('stays within the canvas zoom limits', () => {
    expect(followViewport({ ...leader, zoom: 2.4 }, { width: 3840, height: 2160 }).zoom).toBe(2.5);
    expect(followViewport({ ...leader, zoom: 0.1 }, { width: 480, height: 270 }).zoom).toBe(0.1);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { verdictOf, REAL_WEIGHT } from '../../../src/domain/analysis/planVerdict';

// Far below a tenth of a point, numbers are zero: a subnormal double (5e-324) halved is 0, which no
// power of two would scale exactly, and no score ever holds one.
const points = fc.double({ min: 0, max: 100, noNaN: true }).map((x) => (x < 1e-200 ? 0 : x));
const inputs = fc.record({
  addressesSomething: fc.boolean(),
  onPath: fc.boolean(),
  lift: points,
  reference: points,
  weight: points,
});

describe('plan verdicts', () => {
  it.each([
    [
      'addresses nothing',
      { addressesSomething: false, onPath: false, lift: 0, reference: 10, weight: 0 },
      'internal-logic',
    ],
    [
      'the constraint',
      { addressesSomething: true, onPath: true, lift: 10, reference: 10, weight: 40 },
      'high-leverage',
    ],
    [
      'half the constraint’s lift',
      { addressesSomething: true, onPath: false, lift: 5, reference: 10, weight: 30 },
      'high-leverage',
    ],
    [
      'real work behind the constraint',
      { addressesSomething: true, onPath: false, lift: 0.1, reference: 10, weight: 45 },
      'insufficient',
    ],
    [
      'resolved already',
      { addressesSomething: true, onPath: false, lift: 0, reference: 10, weight: 0 },
      'low-leverage',
    ],
    [
      'a trivial part of the decision, even on the path',
      { addressesSomething: true, onPath: true, lift: 1, reference: 1, weight: REAL_WEIGHT - 1 },
      'low-leverage',
    ],
  ] as const)('%s', (_, input, verdict) => {
    expect(verdictOf(input)).toBe(verdict);
  });

  it('never depends on a fixed number of today’s points: scaling every lift leaves it alone', () => {
    fc.assert(
      // Powers of two scale a floating-point number exactly, so only the rule can flip a verdict.
      fc.property(inputs, fc.integer({ min: -12, max: 12 }), (input, power) => {
        const k = 2 ** power;
        expect(verdictOf({ ...input, lift: input.lift * k, reference: input.reference * k })).toBe(
          verdictOf(input),
        );
      }),
    );
  });
});

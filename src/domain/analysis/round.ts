/**
 * Rounds to one decimal, halves away from zero. The value is first snapped to a millionth of a
 * tenth, so the same quantity computed in two orders (an incremental update, a fresh re-score)
 * rounds the same way even when the floating-point results differ in their last bits.
 */
export function round1(value: number): number {
  const tenths = Math.round(Math.abs(value) * 1e7) / 1e6;
  const rounded = Math.round(tenths) / 10;
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

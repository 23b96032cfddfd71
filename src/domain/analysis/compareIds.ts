/** Orders ids by UTF-16 code units: the same order on every machine and locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * −1, 0 or 1 as `difference` is below, at or above 0 (0 for NaN): all a sort reads of a comparator's
 * answer. A fractional difference returned from a comparator is a new number object on the heap
 * each time, and the analysis's sorts compare hundreds of thousands of times.
 */
export const signOf = (difference: number): number => (difference > 0 ? 1 : difference < 0 ? -1 : 0);

/** Deep equality of JSON values (what records are made of); `undefined` object values count as absent. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameJson(item, b[i]));
  }
  const left = definedEntries(a);
  const right = definedEntries(b);
  if (left.length !== right.length) return false;
  const rightByKey = new Map(right);
  return left.every(([key, value]) => rightByKey.has(key) && sameJson(value, rightByKey.get(key)));
}

/** The entries of an object, without the keys whose value is `undefined`. */
export function definedEntries(value: object): [string, unknown][] {
  return Object.entries(value).filter(([, v]) => v !== undefined);
}

/** A patch applied to a record, or the key that may not be set. */
export type Patched =
  | { ok: true; next: Record<string, unknown>; changed: boolean }
  | { ok: false; key: string; fixed: boolean };

/**
 * `record` with `patch` applied, as a new object: a field set to `undefined` is removed, a value equal
 * to the record's own changes nothing (`changed` says whether anything did). A key in `fixed` (the id,
 * a node's kind) or one `fields` does not list is refused, naming the key. The caller validates `next`.
 */
export function applyPatch(
  record: object,
  patch: object,
  fields: object,
  fixed: readonly string[],
): Patched {
  const next: Record<string, unknown> = { ...record };
  let changed = false;
  for (const [key, value] of Object.entries(patch)) {
    if (fixed.includes(key)) return { ok: false, key, fixed: true };
    if (!Object.hasOwn(fields, key)) return { ok: false, key, fixed: false };
    if (value === undefined) {
      if (key in next) {
        delete next[key];
        changed = true;
      }
    } else if (next[key] !== value) {
      next[key] = value;
      changed = true;
    }
  }
  return { ok: true, next, changed };
}

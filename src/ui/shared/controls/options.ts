/** Options from a list of states, shown as written ("unknown", "opposed", …). */
export const statesAsOptions = <T extends string>(states: readonly T[]) =>
  states.map((s) => ({ value: s, label: s }));

/** A 1–5 picker (severity, influence). */
export const LEVELS = [1, 2, 3, 4, 5].map((n) => ({ value: n, label: String(n) }));

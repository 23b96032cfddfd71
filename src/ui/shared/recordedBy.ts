/** Who recorded the last evidence in this tab: a facilitator types their name once per workshop. */
let lastBy = '';

export const lastRecordedBy = (): string => lastBy;

/** Remembers who recorded evidence, for the next entry (the inspector's and the walkthrough's). */
export function rememberRecordedBy(by: string): void {
  lastBy = by.trim();
}

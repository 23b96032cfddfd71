/** The four things a deal import needs from a CRM export, and which column holds each (null: none). */
export const DEAL_FIELDS = ['name', 'outcome', 'date', 'stalledAt'] as const;
export type DealField = (typeof DEAL_FIELDS)[number];
export type DealColumns = Record<DealField, number | null>;

export const DEAL_FIELD_WORDS: Record<DealField, string> = {
  name: 'Deal name',
  outcome: 'Outcome',
  date: 'Close date',
  stalledAt: 'Stalled at',
};

/** Header names a CRM export commonly uses for each field (compared without case, spaces or punctuation). */
const HEADER_NAMES: Record<DealField, readonly string[]> = {
  name: ['name', 'dealname', 'deal', 'opportunity', 'opportunityname', 'account', 'accountname'],
  outcome: ['outcome', 'stage', 'status', 'result', 'dealstage'],
  date: ['date', 'closedate', 'closedon', 'closed', 'closeddate'],
  stalledAt: ['stalledat', 'stalled', 'blocker', 'blockers', 'lossreason', 'stuckat'],
};

const squeeze = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * The column for each field when a header names it (the mapping step shows this as its starting
 * point; the user changes it). A column is suggested for one field at most.
 */
export function suggestColumns(header: readonly string[]): DealColumns {
  const squeezed = header.map(squeeze);
  const taken = new Set<number>();
  const columns = { name: null, outcome: null, date: null, stalledAt: null } as DealColumns;
  for (const field of DEAL_FIELDS) {
    const index = squeezed.findIndex((h, i) => !taken.has(i) && HEADER_NAMES[field].includes(h));
    if (index >= 0) {
      columns[field] = index;
      taken.add(index);
    }
  }
  return columns;
}

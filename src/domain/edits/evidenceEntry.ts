import type { Evidence, EvidenceSource } from '../records/common';
import type { DecisionNode } from '../records/node';
import type { NodePatch } from './types';

/** What the quick entry asks for: what was said, by whom it came, when, and who recorded it. */
export interface EvidenceEntry {
  text: string;
  source: EvidenceSource;
  /** `YYYY-MM-DD`; empty means not given. */
  date: string;
  /** Who recorded it; empty means not given. */
  by: string;
}

/** A calendar day as the format writes it (`YYYY-MM-DD`), in the local time of the one recording it. */
export function dayOf(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The evidence an entry becomes: trimmed, with no empty date or recorder stored as "". Null when nothing was said. */
export function evidenceFrom(entry: EvidenceEntry): Evidence | null {
  const text = entry.text.trim();
  if (text === '') return null;
  const by = entry.by.trim();
  return {
    text,
    source: entry.source,
    ...(entry.date !== '' ? { date: entry.date } : {}),
    ...(by !== '' ? { by } : {}),
  };
}

/** The edit that adds one piece of evidence after a node's own: how every quick entry records it. */
export const evidenceAdded = (node: DecisionNode, said: Evidence): NodePatch => ({
  evidence: [...(node.evidence ?? []), said],
});

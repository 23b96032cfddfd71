import { dealSchema, type Deal } from '../records/deal';
import type { DecisionMap } from '../records/map';
import { refusalFromZod, structuralRefusal, type EditOutcome } from './editChecks';

/** The map with `deals` as its deal record (an import replaces the record; an empty list clears it). */
export function replaceDeals(map: DecisionMap, deals: readonly Deal[]): EditOutcome {
  for (const deal of deals) {
    const checked = dealSchema.safeParse(deal);
    if (!checked.success) return refusalFromZod(checked.error);
  }
  const next: DecisionMap = { ...map, deals: [...deals] };
  return structuralRefusal(next) ?? { ok: true, map: next };
}

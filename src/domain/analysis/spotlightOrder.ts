import { compareIds } from './compareIds';
import type { ApproverReadiness } from './types';

/**
 * The order the shared screen spotlights approvers in: veto holders first (any one of them can stop the
 * decision), and within each group the least ready first — the room talks about who is furthest away
 * while there is time for it. Ties by id, so the same map always steps the same way.
 */
export function spotlightOrder(approvers: readonly ApproverReadiness[]): string[] {
  return [...approvers]
    .sort((a, b) => Number(b.veto) - Number(a.veto) || a.readiness - b.readiness || compareIds(a.id, b.id))
    .map((a) => a.id);
}

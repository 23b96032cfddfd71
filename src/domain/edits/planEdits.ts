import { LIMITS } from '../limits';
import type { DecisionMap } from '../records/map';
import { DEFAULT_PLAN_TITLE, defaultPlanItem, planItemSchema, type PlanItem } from '../records/planItem';
import { refuse, refusalFromZod, structuralRefusal, tidyLabel, type EditOutcome } from './editChecks';
import { applyPatch } from './patch';
import type { NewPlanItem, PlanItemPatch } from './types';

/* Pure edits of a map's plan items: DecisionMap in, DecisionMap out (see mapEdits.ts). */

/** Applies a patch to a plan item: `undefined` removes an optional field; unknown fields and the id are refused. */
const patched = (item: PlanItem, patch: PlanItemPatch) => applyPatch(item, patch, planItemSchema.shape, ['id']);

function checked(map: DecisionMap, next: Record<string, unknown>, index: number): EditOutcome {
  const result = planItemSchema.safeParse(next);
  if (!result.success) return refusalFromZod(result.error);
  const plan = map.plan.slice();
  if (index < 0) plan.push(next as PlanItem);
  else plan[index] = next as PlanItem;
  const candidate = { ...map, plan };
  return structuralRefusal(candidate) ?? { ok: true, map: candidate };
}

/** Adds a plan item (default title "New plan item", category other, addressing nothing yet). */
export function addPlanItem(map: DecisionMap, id: string, partial: NewPlanItem = {}): EditOutcome {
  if (map.plan.length >= LIMITS.planItems)
    return refuse(`A plan holds at most ${LIMITS.planItems.toLocaleString('en-US')} items.`);
  const title = tidyLabel(partial.title, DEFAULT_PLAN_TITLE, LIMITS.label);
  const result = patched(defaultPlanItem(id), { ...partial, title });
  if (!result.ok) return refuse(`A plan item has no ${result.key} to set.`, result.key);
  return checked(map, result.next, -1);
}

export function updatePlanItem(map: DecisionMap, id: string, patch: PlanItemPatch): EditOutcome {
  const index = map.plan.findIndex((p) => p.id === id);
  const item = map.plan[index];
  if (!item) return refuse(`No plan item has id ${JSON.stringify(id)}.`);
  const result = patched(item, patch);
  if (!result.ok)
    return refuse(
      result.fixed ? 'The id of a plan item cannot be changed.' : `A plan item has no ${result.key}.`,
      result.key,
    );
  if (!result.changed) return { ok: true, map };
  return checked(map, result.next, index);
}

export function deletePlanItem(map: DecisionMap, id: string): DecisionMap {
  const plan = map.plan.filter((p) => p.id !== id);
  return plan.length === map.plan.length ? map : { ...map, plan };
}

/** Adds the node to the plan item's addresses, or takes it out when it is already there. */
export function toggleAddress(map: DecisionMap, planItemId: string, nodeId: string): EditOutcome {
  const item = map.plan.find((p) => p.id === planItemId);
  if (!item) return refuse(`No plan item has id ${JSON.stringify(planItemId)}.`);
  if (!map.nodes.some((n) => n.id === nodeId)) return refuse(`No node has id ${JSON.stringify(nodeId)}.`);
  const addresses = item.addresses.includes(nodeId)
    ? item.addresses.filter((a) => a !== nodeId)
    : [...item.addresses, nodeId];
  return updatePlanItem(map, planItemId, { addresses });
}

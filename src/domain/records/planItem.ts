import { z } from 'zod/mini';
import { LIMITS } from '../limits';
import { id, oneOf, optionalText, text } from './common';
import { PLAN_CATEGORIES } from './states';

/** Something the company intends to do, traced to the nodes of the decision it addresses. */
export const planItemSchema = z.object({
  id,
  title: text(1, LIMITS.label),
  category: oneOf(PLAN_CATEGORIES),
  addresses: z.array(id).check(z.maxLength(LIMITS.nodes)),
  owner: optionalText(LIMITS.owner),
  notes: optionalText(LIMITS.notes),
});
export type PlanItem = z.infer<typeof planItemSchema>;

/** The title a new plan item gets when none is typed. */
export const DEFAULT_PLAN_TITLE = 'New plan item';

/** A new plan item: category other, addressing nothing yet. */
export const defaultPlanItem = (id: string): PlanItem => ({
  id,
  title: DEFAULT_PLAN_TITLE,
  category: 'other',
  addresses: [],
});

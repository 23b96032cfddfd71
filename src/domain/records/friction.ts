import { z } from 'zod/mini';
import { intRange, nodeBase, oneOf, type NodeStart } from './common';
import { FRICTION_STATUSES } from './states';

/** What operational friction must disappear. */
export const frictionSchema = z.object({
  ...nodeBase,
  kind: z.literal('friction'),
  severity: intRange(1, 5),
  status: oneOf(FRICTION_STATUSES),
});
export type Friction = z.infer<typeof frictionSchema>;

/** A new friction: middle severity, status unknown. */
export const defaultFriction = (start: NodeStart): Friction => ({
  ...start,
  kind: 'friction',
  severity: 3,
  status: 'unknown',
});

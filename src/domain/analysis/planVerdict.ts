import type { PlanVerdict } from './types';

/** How many steps of the path (the constraint, then what would follow it) count as "top drivers". */
export const PATH_LENGTH = 2;

/** A plan item whose lift is at least this share of the constraint's is high leverage on its own. */
export const HIGH_SHARE = 0.5;

/** A driver whose lift is at least this share of the constraint's matters (a gap when nobody addresses it). */
export const REAL_SHARE = 0.2;

/**
 * A plan item matters when its nodes would leave at least this much of a fully obvious decision undone
 * if everything else were resolved: a fifth of the decision. Measured where nothing else stands in the
 * way, it does not depend on today's score; below it, what the item addresses is a trivial part of the
 * decision (or resolved already), however many nodes it bundles.
 */
export const REAL_WEIGHT = 20;

export interface VerdictInputs {
  addressesSomething: boolean;
  /** Whether it addresses the constraint or one of the steps that would follow it. */
  onPath: boolean;
  /** Its lift today (points). */
  lift: number;
  /** The constraint's lift (points): what "a real share" is measured against. */
  reference: number;
  /** The gap its nodes would leave if everything else were resolved (0–100). */
  weight: number;
}

/**
 * A plan item's verdict, judged relative to the map: against the constraint's lift and the path,
 * never against a fixed number of today's points (on a map at 8 one point is a lot, at 80 it is little).
 *
 * - internal logic: it addresses nothing in the market's decision;
 * - low leverage: what it addresses is resolved already, or a trivial part of the decision;
 * - high leverage: it addresses the constraint or one of the next steps after it, or lifts the score
 *   by at least half as much as the constraint would;
 * - insufficient: it addresses a real part of the decision, but not the constraint nor what comes
 *   next: right work that cannot make the decision obvious while the constraint stands.
 */
export function verdictOf({
  addressesSomething,
  onPath,
  lift,
  reference,
  weight,
}: VerdictInputs): PlanVerdict {
  if (!addressesSomething) return 'internal-logic';
  if (weight < REAL_WEIGHT) return 'low-leverage';
  if (onPath || (reference > 0 && lift >= HIGH_SHARE * reference)) return 'high-leverage';
  return 'insufficient';
}

/** Each verdict as a room reads it: its name, and what it means for this plan item. */
export const VERDICT_WORDS: Record<PlanVerdict, { name: string; meaning: string }> = {
  'high-leverage': {
    name: 'High leverage',
    meaning: 'it addresses the constraint, or what would hold the decision back right after it',
  },
  insufficient: {
    name: 'Insufficient',
    meaning:
      'right work, but it leaves the constraint standing: it cannot make the decision obvious on its own',
  },
  'low-leverage': {
    name: 'Low leverage',
    meaning: 'what it addresses is resolved already, or a trivial part of the decision',
  },
  'internal-logic': {
    name: 'Internal logic',
    meaning: 'it addresses nothing in the market’s decision',
  },
};

/** The verdicts from the loudest warning to the best news: the order a room reads a plan in. */
export const VERDICT_ORDER: readonly PlanVerdict[] = [
  'internal-logic',
  'low-leverage',
  'insufficient',
  'high-leverage',
];

import {
  DOUBT_POWER,
  OTHER_NEEDS_WEIGHT,
  STANCE_AND_NEEDS_WEIGHT,
  STANCE_VALUE,
  UNKNOWN_DISCOUNT,
} from './weights';

/**
 * The two rules the score is made of, on logarithms (a readiness r is kept as log r, so that a
 * product is a sum). docs/scoring.md says them in words.
 */

// Read once: these run for every what-if of every node.
const OTHERS = OTHER_NEEDS_WEIGHT;
const STRONGER = STANCE_AND_NEEDS_WEIGHT;
const OPPOSED = STANCE_VALUE.opposed;
const LOG_UNKNOWN_DISCOUNT = Math.log(UNKNOWN_DISCOUNT);
const POWER = DOUBT_POWER;

/** How ready an approver is given what they need: the most pressing open need, each other open need taking a little more. */
export const needsLog = (lowestNeedLog: number, allNeedsLog: number): number =>
  (1 - OTHERS) * lowestNeedLog + OTHERS * allNeedsLog;

/** A veto holder's stance, carried `carry` of the way to a yes by the strongest supporter without a veto. */
export const carriedStance = (stance: number, carry: number): number => carry + (1 - carry) * stance;

/**
 * log r of an approver: the weaker of stance and needs, the stronger counting a little. An unknown
 * stance counts as opposed and discounted, its needs only when they make it weaker still.
 */
export function readinessLog(stance: number, unknown: boolean, carry: number, needs: number): number {
  const stanceLog = Math.log(carriedStance(unknown ? OPPOSED : stance, carry));
  const combined = Math.min(stanceLog, needs) + STRONGER * Math.max(stanceLog, needs);
  return unknown ? Math.min(LOG_UNKNOWN_DISCOUNT + stanceLog, combined) : combined;
}

/** A member's doubt: 1/r² − 1 (none when fully ready). */
export const doubtOf = (readinessLogValue: number): number => Math.exp(-POWER * readinessLogValue) - 1;

/** How ready a group is whose doubts add up to `total`: as ready as one person with that much doubt. */
export const readinessOfDoubt = (total: number): number => (1 + Math.max(0, total)) ** (-1 / POWER);

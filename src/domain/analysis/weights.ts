/**
 * Every constant of the obviousness score, in one place. docs/scoring.md explains them in words;
 * change a number here and the tests of PRODUCT.md's properties and of the calibration maps say
 * whether it still holds.
 */
import type { FrictionStatus, ProofStatus, RiskReduction, Stance } from '../records/states';

/**
 * σ: how ready an approver is on stance alone, once everything they need is in place. `unknown`
 * counts as `opposed` (an unanswered question is never good news) and is then discounted further
 * (UNKNOWN_DISCOUNT). The middle of the scale is high on purpose: a skeptic's doubts are mostly
 * what they still need, and those are counted as needs; a skeptic whose every condition is met is
 * still 18% short of a yes.
 */
export const STANCE_VALUE: Record<Stance, number> = {
  unknown: 0.05,
  opposed: 0.05,
  skeptical: 0.82,
  neutral: 0.9,
  supportive: 0.95,
  champion: 1,
};

/** ρ of a proof: 0 when it does not exist (or nobody knows), 1 once independently verified. */
export const PROOF_RESOLUTION: Record<ProofStatus, number> = {
  unknown: 0,
  missing: 0,
  claimed: 0.3,
  demonstrated: 0.8,
  verified: 1,
};

/** ρ of a risk: how far it has been reduced. */
export const RISK_RESOLUTION: Record<RiskReduction, number> = {
  unknown: 0,
  none: 0,
  partial: 0.5,
  reduced: 1,
};

/** ρ of a friction: how far it has disappeared. */
export const FRICTION_RESOLUTION: Record<FrictionStatus, number> = {
  unknown: 0,
  present: 0,
  reduced: 0.5,
  removed: 1,
};

/**
 * c of a proof an approver requires: a missing proof leaves 60% of what they would otherwise give,
 * so a champion veto holder who lacks one proof leaves the decision at most 60% obvious.
 */
export const PROOF_PENALTY = 0.4;

/**
 * c of a risk an approver fears, by severity (index 1–5): wholly unreduced, a severity-5 risk
 * takes 45% off; a severity-1 risk is a footnote. The curve is steep because a room's 4s and 5s
 * are the fears that stop purchases, its 1s and 2s the ones it lists for completeness.
 */
export const RISK_PENALTY_BY_SEVERITY: readonly number[] = [0, 0.02, 0.07, 0.16, 0.29, 0.45];

/**
 * c of a friction in an approver's way, by severity (index 1–5). Severity 5 means it blocks the
 * purchase outright until it is gone (a change freeze a board approved, a budget that cannot
 * move): 80% off. Lower severities are effort, not a stop.
 */
export const FRICTION_PENALTY_BY_SEVERITY: readonly number[] = [0, 0.005, 0.01, 0.06, 0.26, 0.8];

/**
 * How much of a risk a proof that `reduces` it can resolve on its own: a verified proof counts as a
 * partial reduction until the team marks the risk `reduced` (so 100 still needs every risk reduced).
 */
export const PROOF_SHARE_OF_RISK_REDUCTION = 0.5;

/**
 * β of an approver's needs: their most pressing open need sets how far they are from a yes, and
 * every other open need takes a little more (its factor to this power). Several open needs are
 * harder than one, but ten minor ones never add up to nothing.
 */
export const OTHER_NEEDS_WEIGHT = 0.45;

/**
 * β between stance and needs: an approver is as ready as the weaker of the two, and the stronger
 * counts a little. A champion who lacks a proof is still short of it; a skeptic with every need met
 * is short of their own doubts.
 */
export const STANCE_AND_NEEDS_WEIGHT = 0.2;

/**
 * κ: how far the strongest supporter without a veto (a champion above all) can carry a reluctant
 * veto holder's stance: 15% of the way to a yes. It is why an opposed veto holder with a champion
 * beside them is not hopeless, and it keeps any opposed veto holder at or below 20 (0.05 + 0.95 ×
 * 0.15 = 0.19).
 */
export const CARRY = 0.15;

/**
 * An approver whose stance is unknown counts as opposed, less this much again (×0.86): not asking
 * never pays. What such an approver needs is not counted on top, unless it makes them weaker still:
 * until their stance is known, working on their needs is not the first thing to do.
 */
export const UNKNOWN_DISCOUNT = 0.86;

/**
 * θ: how the veto holders' answers combine. Each member of the group (every veto holder, and the
 * people without a veto together as one more voice) has a doubt, 1/r² − 1 for readiness r: none
 * for someone fully ready, 1.8 at 60%, 24 at 20%. The doubts add up, and the decision is as ready
 * as one person with that much doubt: 1/√(1 + total). The weakest member's doubt dominates the
 * sum, a second member about as far from a yes costs a lot, one who is nearly won costs little.
 */
export const DOUBT_POWER = 2;

/** Obviousness when the map is fully resolved (and the top of the scale). */
export const PERFECT_SCORE = 100;

/**
 * The highest score shown while anything linked to an approver is unresolved: a large buying group
 * can average out one small gap to 99.96, which must not read as a perfect 100.0.
 */
export const HIGHEST_IMPERFECT_SCORE = 99.9;

/**
 * What a "middling" answer to an open question is worth, for the band's top and the value of finding
 * out: halfway between the worst and the best answer (a stance halfway from opposed to champion; a
 * proof, risk or friction half resolved).
 */
export const MIDDLING_STANCE = (STANCE_VALUE.opposed + 1) / 2;
export const MIDDLING_RESOLUTION = 0.5;

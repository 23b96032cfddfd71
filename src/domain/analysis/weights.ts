/**
 * Every constant of the obviousness score, in one place. docs/scoring.md explains them in words;
 * change a number here and the tests of PRODUCT.md's properties say whether it still holds.
 */
import type { FrictionStatus, ProofStatus, RiskReduction, Stance } from '../records/states';

/**
 * σ: how likely an approver is to say yes on stance alone. `unknown` is worse than `opposed`: an
 * unanswered question is never treated as good news (and a map of unknowns stays at or below 5).
 * Champion is 1 so a fully won map can reach 100. Supportive at 0.95 keeps six supportive veto
 * approvers above 70; opposed at 0.15 keeps an opposed veto approver's map at or below 15. The
 * middle of the scale is generous enough that a realistic early map with four veto approvers
 * still reads in single or low double digits, where lifts of a point or more show the room what to
 * work on, rather than collapsing towards zero.
 */
export const STANCE_VALUE: Record<Stance, number> = {
  unknown: 0.05,
  opposed: 0.15,
  skeptical: 0.55,
  neutral: 0.75,
  supportive: 0.95,
  champion: 1,
};

/** ρ of a proof: 0 when it does not exist (or nobody knows), 1 once independently verified. */
export const PROOF_RESOLUTION: Record<ProofStatus, number> = {
  unknown: 0,
  missing: 0,
  claimed: 0.3,
  demonstrated: 0.7,
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
  reduced: 0.6,
  removed: 1,
};

/**
 * How much of a risk a proof that `reduces` it can resolve on its own: a verified proof counts as a
 * partial reduction until the team marks the risk `reduced` (so 100 still needs every risk reduced).
 */
export const PROOF_SHARE_OF_RISK_REDUCTION = 0.5;

/**
 * c of a proof: a missing proof takes 37% off its approver's readiness, so a veto approver who is a
 * champion but lacks one proof leaves the decision at most 63% obvious.
 */
export const PROOF_PENALTY = 0.37;

/** c of a risk per point of severity: a severity-5 risk with no reduction takes 30% off. */
export const RISK_PENALTY_PER_SEVERITY = 0.06;

/** c of a friction per point of severity: a severity-5 friction still present takes 25% off. */
export const FRICTION_PENALTY_PER_SEVERITY = 0.05;

/** Obviousness when the map is fully resolved (and the top of the scale). */
export const PERFECT_SCORE = 100;

/**
 * The highest score shown while anything linked to an approver is unresolved: a large buying group
 * can average out one small gap to 99.96, which must not read as a perfect 100.0.
 */
export const HIGHEST_IMPERFECT_SCORE = 99.9;

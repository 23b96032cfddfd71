import type { Stance } from '../records/states';
import type { StallCounts } from './dealRecord';

/** How much resolving one node would raise obviousness. */
export interface Driver {
  id: string;
  /** Score if this node alone were resolved, minus today's score (one decimal). */
  lift: number;
}

/** An unknown state: a question to take to the market, and what its answer could be worth. */
export interface FindOut {
  id: string;
  question: string;
  /** The score if the answer came back halfway, minus today's score (one decimal). */
  value: number;
}

/** The range the score could take as the unknowns are answered. */
export interface Band {
  /** Today's score: every unknown counted as the worst answer. */
  low: number;
  /** The score if every unknown came back halfway (a middling stance, a half-resolved item). */
  high: number;
}

/** How ready one approver is to say yes. */
export interface ApproverReadiness {
  id: string;
  label: string;
  veto: boolean;
  influence: number;
  stance: Stance;
  /** 0–100: the approver's readiness, stance and everything they need included. */
  readiness: number;
  /** Ids of the proofs, risks and frictions linked to this approver that are not fully resolved, worst first. */
  unresolved: string[];
}

export interface OpenQuestion {
  /** The node the question is about; null when it is about the whole map ("Who must approve it?"). */
  id: string | null;
  question: string;
}

export type PlanFlag = 'unanchored' | 'low-leverage';

/** What a plan item does for this decision, judged against this map (never a fixed number of points). */
export type PlanVerdict = 'internal-logic' | 'low-leverage' | 'insufficient' | 'high-leverage';

export interface PlanItemAnalysis {
  id: string;
  /** Score if every node this item addresses were resolved, minus today's score. */
  lift: number;
  verdict: PlanVerdict;
  flags: PlanFlag[];
  /**
   * The gap the item's nodes would leave if everything else were resolved (0–100): how much of the
   * decision it carries, whatever stands in front of it today.
   */
  weight: number;
}

export interface PlanAnalysis {
  /**
   * The score if every plan item fully succeeded (every addressed node resolved) and the questions
   * no item answers came back halfway: the most this plan can make of the decision.
   */
  ceiling: number;
  /** The same with the questions no item answers still counted as the worst answer (low) and halfway (high). */
  ceilingBand: Band;
  items: PlanItemAnalysis[];
  /**
   * What no plan item addresses: drivers that matter, in driver order, then find-outs no item
   * will answer, in find-out order.
   */
  gaps: string[];
}

/**
 * Where a state comes from: backed by current market evidence, assumed (the team's belief, an
 * unspecified source, or nothing), backed only by market evidence gone stale, or unknown (a find-out).
 */
export type EvidenceStatus = 'evidenced' | 'assumed' | 'stale' | 'find-out';

/** How far to trust the verdict: what rests on the market's word and what on the team's. */
export interface EvidenceAnalysis {
  /**
   * 0–1, two decimals: the share of the score's weight (each known state's weight: how far the
   * score moves between its worst and best answer) backed by current market evidence.
   */
  coverage: number;
  /** Known states resting on no market evidence, heaviest first (then id). */
  assumed: string[];
  /** Known states whose newest market evidence is older than two quarters before the map's period, heaviest first. */
  stale: string[];
  /** The assumptions (and stale states) that matter most, as questions to take to the market. */
  questions: { id: string; question: string }[];
  /** Every node's status, by id. */
  status: Record<string, EvidenceStatus>;
  /** The first date that counts as current (`YYYY-MM-DD`), or null when the map has no period and no dates. */
  currentFrom: string | null;
}

/** One place where the deal record disagrees with the map, in plain words. */
export interface MarketCheck {
  id: string;
  says: string;
}

/**
 * Everything `analyze(map)` says about a decision map. Deterministic and order-free. The `readonly`
 * fields (the path, the approvers, the plan check, the evidence, the market check and the stalls) are
 * computed when first read, then kept: an edit pays only for what is shown.
 */
export interface Analysis {
  /** Obviousness, 0–100, one decimal: unknowns counted as the worst answer. */
  score: number;
  band: Band;
  /** The first driver's id, or null when nothing known would raise the score. */
  constraint: string | null;
  /**
   * Every known node whose resolution would raise the score, by lift (largest first), ties by id.
   * When an unknown holds the score down, a driver's lift can be under 0.05 and show as 0.
   */
  drivers: Driver[];
  /**
   * The constraint, then what would become the constraint once it is resolved, and so on (at most
   * PATH_LENGTH steps): the order in which to change things.
   */
  readonly path: string[];
  /** Every unknown node, by value of finding out (largest first), ties by id. */
  findOut: FindOut[];
  /** Every approver, most ready first, ties by id. */
  readonly approvers: ApproverReadiness[];
  openQuestions: OpenQuestion[];
  readonly plan: PlanAnalysis;
  /** Lift of every unresolved node (0 included, unknown ones too), by id; resolved nodes are absent. */
  lifts: Record<string, number>;
  /** What the verdict rests on (version 2): never changes the score, says how far to trust it. */
  readonly evidence: EvidenceAnalysis;
  /** Where the deal record disagrees with the map. */
  readonly marketCheck: MarketCheck[];
  /** Per node, how many deals stalled there by outcome (nodes with none are absent). */
  readonly stalls: Record<string, StallCounts>;
}

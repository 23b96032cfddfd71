import type { Stance } from '../records/states';

/** How much resolving one node would raise obviousness. */
export interface Driver {
  id: string;
  /** Score if this node alone were resolved, minus today's score (one decimal). */
  lift: number;
}

/** How ready one approver is to say yes. */
export interface ApproverReadiness {
  id: string;
  label: string;
  veto: boolean;
  influence: number;
  stance: Stance;
  /** 0–100: the chance-like readiness of this approver, stance and everything they need included. */
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

export interface PlanItemAnalysis {
  id: string;
  /** Score if every node this item addresses were resolved, minus today's score. */
  lift: number;
  flags: PlanFlag[];
}

export interface PlanAnalysis {
  /** The score if every plan item fully succeeded (every addressed node resolved). */
  ceiling: number;
  items: PlanItemAnalysis[];
  /** Drivers with lift ≥ 1 that no plan item addresses, in driver order. */
  gaps: string[];
}

/** Everything `analyze(map)` says about a decision map. Deterministic and order-free. */
export interface Analysis {
  /** Obviousness, 0–100, one decimal. */
  score: number;
  /** The first driver's id, or null when nothing would raise the score. */
  constraint: string | null;
  /** Every node with lift > 0, by lift (largest first), ties by id. */
  drivers: Driver[];
  /** Every approver, most ready first, ties by id. */
  approvers: ApproverReadiness[];
  openQuestions: OpenQuestion[];
  plan: PlanAnalysis;
  /** Lift of every unresolved node (0 included), by id; resolved nodes are absent. */
  lifts: Record<string, number>;
}

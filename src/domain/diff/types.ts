import type { EvidenceStatus } from '../analysis/types';

/** One side of a comparison. */
export interface DiffSide {
  id: string;
  title: string;
  period: string;
  score: number;
  constraint: string | null;
}

/** Which fields of a record changed, each as [before, after]. */
export interface RecordChange {
  id: string;
  fields: Record<string, [unknown, unknown]>;
}

/**
 * What happened, for the room: the market moved (progress: a node known in both quarters changed
 * state), the map now sees something it did not (discovery: a node or link added, a severity, veto or
 * influence re-assessed), or the map dropped something (removal: gone is not resolved).
 */
export type ChangeGroup = 'progress' | 'discovery' | 'removal';

/** How much one node's change, in one group, moved the score. Contributions add up exactly to `scoreDelta`. */
export interface Contribution {
  id: string;
  points: number;
  group: ChangeGroup;
  /** The node's label (from the later map when it exists there). */
  label: string;
  /** Plain words: "missing → verified", "added", "removed", "now required by CFO". */
  summary: string;
}

/**
 * How what the team knows about one node moved: now evidenced (gained); evidence gone stale or
 * removed (lost); known, now a find-out (unknown); a find-out now answered without current market
 * evidence (answered); assumed, now with market evidence older than two quarters (dated).
 */
export type KnowledgeGroup = 'gained' | 'lost' | 'unknown' | 'answered' | 'dated';

/** One node, in both maps, whose evidence status changed (find-out for an unknown state). */
export interface EvidenceChange {
  id: string;
  /** The node's label in the later map. */
  label: string;
  from: EvidenceStatus;
  to: EvidenceStatus;
  group: KnowledgeGroup;
}

/** The evidence status changes between two maps: the ids of each group (id order), and every change. */
export type EvidenceChanges = Record<KnowledgeGroup, string[]> & { changes: EvidenceChange[] };

/** What changed between two decision maps, and why the score moved. */
export interface MapDiff {
  scoreDelta: number;
  from: DiffSide;
  to: DiffSide;
  /** Changed map-level fields (title, decision, market, period, basedOn, notes). */
  map: Record<string, [unknown, unknown]>;
  /** `moved` lists nodes whose only change is their position on the canvas (not part of the decision). */
  nodes: { added: string[]; removed: string[]; changed: RecordChange[]; moved: string[] };
  /** Edges are matched by kind, source and target; ids listed are from the map they are in. */
  edges: { added: string[]; removed: string[] };
  plan: { added: string[]; removed: string[]; changed: RecordChange[] };
  constraint: { from: string | null; to: string | null };
  /** Largest absolute contribution first, ties by id. */
  contributions: Contribution[];
  /** The contributions of each group added up; together, exactly `scoreDelta`. */
  groups: Record<ChangeGroup, number>;
  /**
   * Plan items in both maps that now address other nodes: that moves the ceiling, never the score,
   * and no buyer.
   */
  retagged: string[];
  /**
   * Where the states of nodes in both maps come from, then and now: knowledge gained or lost even
   * when the score does not move.
   */
  evidence: EvidenceChanges;
}

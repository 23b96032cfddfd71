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

/** How much one node's change moved the score. Contributions add up to `scoreDelta` (±1). */
export interface Contribution {
  id: string;
  points: number;
  /** The node's label (from the later map when it exists there). */
  label: string;
  /** Plain words: "missing → verified", "added", "removed", "now required by CFO". */
  summary: string;
}

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
}

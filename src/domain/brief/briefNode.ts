import type { NodeKind } from '../records/states';

/** A node as the brief names it. Labels are plain text: each renderer escapes them its own way. */
export interface BriefNode {
  id: string;
  kind: NodeKind;
  label: string;
  /** Its state in words: "missing", "skeptical", "not reduced". */
  state: string;
}

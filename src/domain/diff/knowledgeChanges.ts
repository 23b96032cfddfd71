import { compareIds } from '../analysis/compareIds';
import { statusOfEvidence } from '../analysis/evidence';
import { currentFrom } from '../analysis/evidenceDates';
import type { EvidenceStatus } from '../analysis/types';
import type { DecisionMap } from '../records/map';
import type { DecisionNode } from '../records/node';
import { stateOf } from '../records/nodeState';
import type { EvidenceChange, EvidenceChanges, KnowledgeGroup } from './types';

/** The groups in the order a room reads them: what the team learned first, then what it lost. */
export const KNOWLEDGE_GROUPS: readonly KnowledgeGroup[] = ['gained', 'lost', 'unknown', 'answered', 'dated'];

/**
 * Where one node's state comes from in one map, as the analysis says it (evidence.ts): an unknown
 * state is a find-out, a known one is evidenced, assumed or stale by the map's own period.
 */
function statusIn(node: DecisionNode, from: string | null): EvidenceStatus {
  return stateOf(node) === 'unknown' ? 'find-out' : statusOfEvidence(node, from);
}

/**
 * What a change of status means: now backed by current market evidence (gained); backed no longer,
 * its evidence gone stale or removed (lost); known, now a find-out (unknown); a find-out now answered
 * on no current market evidence (answered); assumed, now with market evidence older than two quarters
 * (dated).
 */
function groupOf(before: EvidenceStatus, after: EvidenceStatus): KnowledgeGroup {
  if (after === 'evidenced') return 'gained';
  if (after === 'find-out') return 'unknown';
  if (before === 'find-out') return 'answered';
  if (before === 'evidenced' || after === 'assumed') return 'lost';
  return 'dated';
}

/**
 * How what the team knows moved from one quarter to the next, for the nodes in both maps: a state
 * that went from assumed to evidenced is progress in knowledge even when the score does not move.
 * Each map is judged by its own period, so evidence that was current last quarter can be stale now.
 * A version 1 map's evidence has no source (`unspecified`): assumed, never market evidence.
 */
export function knowledgeChanges(a: DecisionMap, b: DecisionMap): EvidenceChanges {
  const fromA = currentFrom(a);
  const fromB = currentFrom(b);
  const before = new Map(a.nodes.map((node) => [node.id, node]));
  const changes: EvidenceChange[] = [];
  for (const node of [...b.nodes].sort((x, y) => compareIds(x.id, y.id))) {
    const old = before.get(node.id);
    if (!old) continue;
    const was = statusIn(old, fromA);
    const now = statusIn(node, fromB);
    if (was !== now)
      changes.push({ id: node.id, label: node.label, from: was, to: now, group: groupOf(was, now) });
  }
  const idsIn = (group: KnowledgeGroup) => changes.filter((c) => c.group === group).map((c) => c.id);
  return {
    gained: idsIn('gained'),
    lost: idsIn('lost'),
    unknown: idsIn('unknown'),
    answered: idsIn('answered'),
    dated: idsIn('dated'),
    changes,
  };
}

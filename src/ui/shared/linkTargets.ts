import { EDGE_ENDS, EDGE_KINDS } from '../../domain/records/states';
import type { DecisionMap } from '../../domain/records/map';
import type { NodeKind } from '../../domain/records/states';
import { KIND_NAME } from '../../domain/words';
import { workbenchStore } from './appStore';

/** A card the selected one could be linked to, named as the room reads it ("Proof: SOC 2 report"). */
export interface LinkTarget {
  id: string;
  name: string;
}

const pairs = (a: NodeKind, b: NodeKind) =>
  EDGE_KINDS.some(
    (kind) =>
      (EDGE_ENDS[kind].source === a && EDGE_ENDS[kind].target === b) ||
      (EDGE_ENDS[kind].source === b && EDGE_ENDS[kind].target === a),
  );

/**
 * The cards `fromId` can be linked to, as drawing a line on the canvas would link them (the edge kind
 * follows from the two kinds; a plan item addresses a node), whose name contains every word of `query`,
 * those whose label starts with the query first. Cards already linked to it are left out.
 */
export function linkTargets(map: DecisionMap, fromId: string, query: string): LinkTarget[] {
  const from = map.nodes.find((n) => n.id === fromId);
  const fromPlan = map.plan.find((p) => p.id === fromId);
  if (!from && !fromPlan) return [];
  const linked = new Set<string>(fromPlan?.addresses ?? []);
  for (const e of map.edges) {
    if (e.source === fromId) linked.add(e.target);
    if (e.target === fromId) linked.add(e.source);
  }
  for (const p of map.plan) if (p.addresses.includes(fromId)) linked.add(p.id);
  const candidates: (LinkTarget & { label: string })[] = [];
  for (const n of map.nodes) {
    if (n.id === fromId || linked.has(n.id)) continue;
    if (from && !pairs(from.kind, n.kind)) continue;
    candidates.push({ id: n.id, name: `${KIND_NAME[n.kind]}: ${n.label}`, label: n.label });
  }
  if (from) {
    for (const p of map.plan) {
      if (!linked.has(p.id)) candidates.push({ id: p.id, name: `Plan item: ${p.title}`, label: p.title });
    }
  }
  const terms = query
    .toLowerCase()
    .split(/\s+/)
    .filter((t) => t !== '');
  const phrase = terms.join(' ');
  return candidates
    .filter((c) => terms.every((t) => c.name.toLowerCase().includes(t)))
    .map((c, index) => ({ c, index, rank: c.label.toLowerCase().startsWith(phrase) ? 0 : 1 }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ c }) => ({ id: c.id, name: c.name }));
}

/**
 * Links `fromId` to a target picked from the keyboard, as the canvas would (one undo step), and says what
 * was made, unless the link said something itself (why it lowered the score). Returns whether it linked.
 */
export function linkFromKeyboard(fromId: string, target: LinkTarget): boolean {
  const state = workbenchStore.getState();
  const noticeBefore = state.notice;
  if (!state.link(fromId, target.id).ok) return false;
  if (workbenchStore.getState().notice === noticeBefore) {
    state.setNotice({ tone: 'info', text: `Linked to ${target.name}. Ctrl+Z undoes it.` });
  }
  return true;
}

import { LIMITS } from '../limits';
import type { DecisionMap } from '../records/map';
import { EDGE_ENDS, EDGE_KINDS, edgeKindFor, type NodeKind } from '../records/states';
import { KIND_PLURAL, kindWithArticle, quoted as quotedText, withArticle } from '../words';
import { refuse, type EditOutcome } from './editChecks';

/* Linking two nodes on the canvas: the edge kind follows from the two node kinds (FORMAT.md "Edge"). */

/** "approver → proof (requires), approver → risk (fears), …": every pairing the format knows. */
export const LINKS_THAT_EXIST = EDGE_KINDS.map(
  (kind) => `${EDGE_ENDS[kind].source} → ${EDGE_ENDS[kind].target} (${kind})`,
).join(', ');

/** Labels in refusals are cut shorter than titles: two of them share a sentence. */
const quoted = (label: string) => quotedText(label, 40);

/** Why two kinds of node cannot be linked, naming the links that do exist. */
export function pairingRefusalMessage(a: NodeKind, b: NodeKind): string {
  const pair =
    a === b
      ? `Two ${KIND_PLURAL[a].toLowerCase()}`
      : `${kindWithArticle(a)} and ${withArticle(b)}`;
  return `${pair} cannot be linked. Links that exist: ${LINKS_THAT_EXIST}.`;
}

/**
 * Links two nodes with the edge kind their kinds call for. When the pairing only exists the other way
 * round (dragging from an approver to a friction), the edge is made in the format's direction
 * (friction --burdens--> approver). Meaningless pairings, self-links and duplicates are refused.
 */
export function connectNodes(
  map: DecisionMap,
  sourceId: string,
  targetId: string,
  edgeId: string,
): EditOutcome<{ edgeId: string }> {
  if (sourceId === targetId) return refuse('A node cannot be linked to itself.');
  const source = map.nodes.find((n) => n.id === sourceId);
  const target = map.nodes.find((n) => n.id === targetId);
  if (!source) return refuse(`No node has id ${JSON.stringify(sourceId)}.`);
  if (!target) return refuse(`No node has id ${JSON.stringify(targetId)}.`);
  let from = source;
  let to = target;
  let kind = edgeKindFor(source.kind, target.kind);
  if (!kind) {
    kind = edgeKindFor(target.kind, source.kind);
    from = target;
    to = source;
  }
  if (!kind) return refuse(pairingRefusalMessage(source.kind, target.kind));
  const edgeKind = kind;
  if (map.edges.some((e) => e.kind === edgeKind && e.source === from.id && e.target === to.id)) {
    return refuse(`${quoted(from.label)} already ${edgeKind} ${quoted(to.label)}.`);
  }
  if (map.edges.length >= LIMITS.edges)
    return refuse(`A map holds at most ${LIMITS.edges.toLocaleString('en-US')} links.`);
  if (map.edges.some((e) => e.id === edgeId) || map.nodes.some((n) => n.id === edgeId))
    return refuse(`The id ${JSON.stringify(edgeId)} is already used.`);
  return {
    ok: true,
    map: { ...map, edges: [...map.edges, { id: edgeId, kind: edgeKind, source: from.id, target: to.id }] },
    edgeId,
  };
}

import type { Edge } from '../../domain/records/edge';
import type { DecisionMap } from '../../domain/records/map';
import type { DecisionNode } from '../../domain/records/node';
import type { PlanItem } from '../../domain/records/planItem';
import { EDGE_VERB } from '../shared/words';
import { KIND_NAME } from '../../domain/words';
import type { DecisionFlowEdge, PlanLinkFlowEdge, WorkbenchFlowEdge } from './flowTypes';

export interface FlowEdgesInput {
  map: DecisionMap;
  selectedEdges: ReadonlySet<string>;
}

/** The id of the dashed link between a plan item and a node it addresses. */
export const planLinkId = (planItemId: string, nodeId: string) =>
  `plan-link:${JSON.stringify([planItemId, nodeId])}`;

/** What an edge's accessible name reads from one of its ends: its kind and label. */
type EndName = Pick<DecisionNode, 'kind' | 'label'> | undefined;

const sameEnd = (a: EndName, b: EndName) =>
  a === b || (a !== undefined && b !== undefined && a.kind === b.kind && a.label === b.label);

/**
 * Builds React Flow edges: domain edges (labelled with their kind) and plan links (dashed, not
 * domain edges). Unchanged records keep their edge object, and when no edge changed at all (a drag
 * moves nodes, never edges) the previous array itself is returned: React Flow then skips rebuilding
 * its edge lookups and re-running every edge's selectors on each pointer move.
 */
export function createFlowEdgeBuilder() {
  let edgeCache = new Map<
    string,
    { record: Edge; selected: boolean; source: EndName; target: EndName; edge: DecisionFlowEdge }
  >();
  let linkCache = new Map<string, { item: PlanItem; target: EndName; edge: PlanLinkFlowEdge }>();
  let previous: WorkbenchFlowEdge[] = [];

  return function buildFlowEdges(input: FlowEdgesInput): WorkbenchFlowEdge[] {
    const nodes = nodeIndex(input.map.nodes);
    const nextEdges: typeof edgeCache = new Map();
    const nextLinks: typeof linkCache = new Map();
    const result: WorkbenchFlowEdge[] = [];
    let changed = false;
    const add = (edge: WorkbenchFlowEdge) => {
      changed ||= previous[result.length] !== edge;
      result.push(edge);
    };

    for (const record of input.map.edges) {
      const selected = input.selectedEdges.has(record.id);
      const source = nodes.get(record.source);
      const target = nodes.get(record.target);
      const cached = edgeCache.get(record.id);
      const edge =
        cached &&
        cached.record === record &&
        cached.selected === selected &&
        sameEnd(cached.source, source) &&
        sameEnd(cached.target, target)
          ? cached.edge
          : decisionEdge(record, selected, describeEdge(record, nodes));
      nextEdges.set(record.id, { record, selected, source, target, edge });
      add(edge);
    }

    for (const item of input.map.plan) {
      for (const nodeId of item.addresses) {
        const id = planLinkId(item.id, nodeId);
        const target = nodes.get(nodeId);
        const cached = linkCache.get(id);
        const edge =
          cached && cached.item.title === item.title && sameEnd(cached.target, target)
            ? cached.edge
            : planLink(id, item.id, nodeId, `Plan item ${item.title} addresses ${nodeName(nodeId, nodes)}`);
        nextLinks.set(id, { item, target, edge });
        add(edge);
      }
    }

    edgeCache = nextEdges;
    linkCache = nextLinks;
    if (!changed && result.length === previous.length) return previous;
    previous = result;
    return result;
  };
}

/** Id → node, built once per nodes array. */
const nodeIndex = (() => {
  const cache = new WeakMap<readonly DecisionNode[], Map<string, DecisionNode>>();
  return (nodes: readonly DecisionNode[]): Map<string, DecisionNode> => {
    let index = cache.get(nodes);
    if (!index) {
      index = new Map(nodes.map((node) => [node.id, node]));
      cache.set(nodes, index);
    }
    return index;
  };
})();

function nodeName(id: string, nodes: ReadonlyMap<string, DecisionNode>): string {
  const node = nodes.get(id);
  return node ? `${KIND_NAME[node.kind]} ${node.label}` : id;
}

/** "Approver CFO requires Proof SOC 2 report" */
function describeEdge(edge: Edge, nodes: ReadonlyMap<string, DecisionNode>): string {
  return `${nodeName(edge.source, nodes)} ${EDGE_VERB[edge.kind]} ${nodeName(edge.target, nodes)}`;
}

function decisionEdge(record: Edge, selected: boolean, label: string): DecisionFlowEdge {
  return {
    id: record.id,
    type: 'decision',
    source: record.source,
    target: record.target,
    selected,
    ariaLabel: label,
    data: { record },
  };
}

function planLink(id: string, planItemId: string, nodeId: string, ariaLabel: string): PlanLinkFlowEdge {
  return {
    id,
    ariaLabel,
    type: 'planLink',
    source: planItemId,
    target: nodeId,
    selectable: false,
    deletable: false,
    focusable: false,
    data: { planItemId, nodeId },
  };
}

import type { Edge } from '../../domain/records/edge';
import type { DecisionMap } from '../../domain/records/map';
import type { DecisionNode } from '../../domain/records/node';
import { EDGE_VERB, KIND_NAME } from '../words';
import type { DecisionFlowEdge, PlanLinkFlowEdge, WorkbenchFlowEdge } from './flowTypes';

export interface FlowEdgesInput {
  map: DecisionMap;
  selectedEdges: ReadonlySet<string>;
}

/** The id of the dashed link between a plan item and a node it addresses. */
export const planLinkId = (planItemId: string, nodeId: string) =>
  `plan-link:${JSON.stringify([planItemId, nodeId])}`;

/**
 * Builds React Flow edges: domain edges (labelled with their kind) and plan links (dashed, not
 * domain edges). Unchanged records keep their edge object.
 */
export function createFlowEdgeBuilder() {
  let edgeCache = new Map<
    string,
    { record: Edge; selected: boolean; label: string; edge: DecisionFlowEdge }
  >();
  let linkCache = new Map<string, { label: string; edge: PlanLinkFlowEdge }>();

  return function buildFlowEdges(input: FlowEdgesInput): WorkbenchFlowEdge[] {
    const labels = new Map<string, DecisionNode>(input.map.nodes.map((n) => [n.id, n]));
    const nextEdges: typeof edgeCache = new Map();
    const nextLinks: typeof linkCache = new Map();
    const result: WorkbenchFlowEdge[] = [];

    for (const record of input.map.edges) {
      const selected = input.selectedEdges.has(record.id);
      const label = describeEdge(record, labels);
      const previous = edgeCache.get(record.id);
      const edge =
        previous && previous.record === record && previous.selected === selected && previous.label === label
          ? previous.edge
          : decisionEdge(record, selected, label);
      nextEdges.set(record.id, { record, selected, label, edge });
      result.push(edge);
    }

    for (const item of input.map.plan) {
      for (const nodeId of item.addresses) {
        const id = planLinkId(item.id, nodeId);
        const label = `Plan item ${item.title} addresses ${nodeName(nodeId, labels)}`;
        const previous = linkCache.get(id);
        const edge =
          previous && previous.label === label ? previous.edge : planLink(id, item.id, nodeId, label);
        nextLinks.set(id, { label, edge });
        result.push(edge);
      }
    }

    edgeCache = nextEdges;
    linkCache = nextLinks;
    return result;
  };
}

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
    targetHandle: 'plan',
    selectable: false,
    deletable: false,
    focusable: false,
    data: { planItemId, nodeId },
  };
}

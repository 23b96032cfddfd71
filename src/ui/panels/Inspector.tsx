import type { Analysis } from '../../domain/analysis/types';
import type { DecisionMap } from '../../domain/records/map';
import type { DecisionNode } from '../../domain/records/node';
import type { Selection } from '../../domain/edits/types';
import { useWorkbench } from '../shared/appStore';
import { EdgeInspector } from './EdgeInspector';
import { NodeInspector } from './NodeInspector';
import { PlanItemEditor } from './PlanItemEditor';

type InspectorProps = {
  map: DecisionMap;
  selection: Selection;
  analysis: Analysis;
  nodesById: ReadonlyMap<string, DecisionNode>;
};

/**
 * The Inspector tab. While a what-if is open it is locked, and says why: everything tried in the what-if
 * is hypothetical and thrown away with it, but an edit here would be real (and "Throw away" would not undo it).
 */
export function Inspector(props: InspectorProps) {
  const whatIfOpen = useWorkbench((s) => s.whatIf !== null);
  if (!whatIfOpen) return <InspectorContent {...props} />;
  return (
    <div className="inspector-lock">
      <p className="inspector-lock__why" role="note">
        Locked while the what-if is open: what you try there is hypothetical, an edit here would be real. Keep
        or throw away the what-if to edit.
      </p>
      <fieldset
        disabled
        className="inspector-lock__fields"
        aria-label="Inspector (locked during the what-if)"
      >
        <InspectorContent {...props} />
      </fieldset>
    </div>
  );
}

/** Edits what is selected (one node, link or plan item), or acts on a multiple selection. */
function InspectorContent({ map, selection, analysis, nodesById }: InspectorProps) {
  const deleteSelection = useWorkbench((s) => s.deleteSelection);
  const duplicateSelection = useWorkbench((s) => s.duplicateSelection);
  const count = selection.nodes.length + selection.edges.length + selection.planItems.length;

  if (count === 0) {
    return (
      <div className="panel">
        <p className="panel__empty">
          Select a node, a link or a plan item to edit it. Double-click the canvas to add a node.
        </p>
      </div>
    );
  }
  if (count > 1) {
    return (
      <div className="panel">
        <h2 className="panel__heading">{count} selected</h2>
        <p>
          {selection.nodes.length} nodes, {selection.edges.length} links, {selection.planItems.length} plan
          items
        </p>
        <div className="inspector__actions">
          <button type="button" className="button" onClick={() => duplicateSelection()}>
            Duplicate
          </button>
          <button type="button" className="button button--danger" onClick={() => deleteSelection()}>
            Delete {count} selected
          </button>
        </div>
      </div>
    );
  }
  const [nodeId] = selection.nodes;
  const node = nodeId === undefined ? undefined : nodesById.get(nodeId);
  if (node) return <NodeInspector key={node.id} node={node} analysis={analysis} />;
  const [edgeId] = selection.edges;
  const edge = edgeId === undefined ? undefined : map.edges.find((e) => e.id === edgeId);
  if (edge) return <EdgeInspector key={edge.id} edge={edge} nodesById={nodesById} />;
  const [planId] = selection.planItems;
  const item = planId === undefined ? undefined : map.plan.find((p) => p.id === planId);
  if (item) {
    return (
      <div className="inspector">
        <h2 className="inspector__kind">Plan item</h2>
        <PlanItemEditor
          key={item.id}
          item={item}
          itemAnalysis={analysis.plan.items.find((i) => i.id === item.id)}
          nodesById={nodesById}
        />
      </div>
    );
  }
  return null;
}

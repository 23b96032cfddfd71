import type { Edge } from '../../domain/records/edge';
import type { DecisionNode } from '../../domain/records/node';
import { EDGE_ENDS } from '../../domain/records/states';
import { useWorkbench } from '../shared/appStore';
import { EDGE_VERB } from '../shared/words';
import { KIND_NAME } from '../../domain/words';

/** A link: its kind and ends (fixed by the format), and delete. */
export function EdgeInspector({
  edge,
  nodesById,
}: {
  edge: Edge;
  nodesById: ReadonlyMap<string, DecisionNode>;
}) {
  const deleteEdge = useWorkbench((s) => s.deleteEdge);
  const requestCenter = useWorkbench((s) => s.requestCenter);
  const select = useWorkbench((s) => s.select);
  const end = (id: string) => {
    const node = nodesById.get(id);
    return (
      <button
        type="button"
        className="link-button"
        onClick={() => {
          select({ nodes: [id] });
          requestCenter(id);
        }}
      >
        {node ? `${KIND_NAME[node.kind]}: ${node.label}` : id}
      </button>
    );
  };
  return (
    <div className="inspector">
      <h2 className="inspector__kind">Link: {EDGE_VERB[edge.kind]}</h2>
      <p className="inspector__meaning">{EDGE_ENDS[edge.kind].meaning}.</p>
      <dl className="edge-ends">
        <dt>From</dt>
        <dd>{end(edge.source)}</dd>
        <dt>To</dt>
        <dd>{end(edge.target)}</dd>
      </dl>
      <button type="button" className="button button--danger" onClick={() => deleteEdge(edge.id)}>
        Delete link
      </button>
    </div>
  );
}

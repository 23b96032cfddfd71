import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getBezierPath, Position, type EdgeProps } from '@xyflow/react';
import { EDGE_VERB } from '../shared/words';
import { EDGE_COLOR, PLAN_LINK_COLOR, SELECTED_EDGE_COLOR } from '../shared/kindColors';
import type { DecisionFlowEdge, PlanLinkFlowEdge } from './flowTypes';
import { useFar } from './levelOfDetail';

/** A domain edge: a solid arrow labelled with its kind ("requires", "fears", …); unlabelled when zoomed far out. */
export const DecisionEdge = memo(function DecisionEdge(props: EdgeProps<DecisionFlowEdge>) {
  const { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected } = props;
  const far = useFar();
  const [path, labelX, labelY] = getBezierPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
  });
  const kind = data?.record.kind;
  const color = selected ? SELECTED_EDGE_COLOR : kind ? EDGE_COLOR[kind] : EDGE_COLOR.influences;
  return (
    <>
      <BaseEdge
        path={path}
        className="edge"
        style={{ stroke: color, strokeWidth: selected ? 4 : 2.5 }}
        interactionWidth={24}
      />
      <path d={arrowhead(targetX, targetY, targetPosition)} style={{ fill: color, stroke: 'none' }} />
      {kind && !far && (
        <EdgeLabelRenderer>
          <div
            className={`edge-label${selected ? ' edge-label--selected' : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {EDGE_VERB[kind]}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});

const ARROW = { length: 14, half: 7 };

/**
 * An arrowhead drawn as a plain path at the target end. (SVG markers are referenced by url(#id),
 * which image export cannot resolve.)
 */
function arrowhead(x: number, y: number, side: Position): string {
  const { length, half } = ARROW;
  switch (side) {
    case Position.Left:
      return `M${x},${y} L${x - length},${y - half} L${x - length},${y + half} Z`;
    case Position.Right:
      return `M${x},${y} L${x + length},${y - half} L${x + length},${y + half} Z`;
    case Position.Top:
      return `M${x},${y} L${x - half},${y - length} L${x + half},${y - length} Z`;
    case Position.Bottom:
      return `M${x},${y} L${x - half},${y + length} L${x + half},${y + length} Z`;
  }
}

const PLAN_LINK_STYLE = { stroke: PLAN_LINK_COLOR, strokeWidth: 2, strokeDasharray: '8 6' };
/**
 * Zoomed far out, a dash is under a pixel long and a link across the map has hundreds of them: drawn
 * solid there. (Dashes were the largest single painting cost of a pan over a large map.)
 */
const FAR_PLAN_LINK_STYLE = { stroke: PLAN_LINK_COLOR, strokeWidth: 2 };

/** A plan item's link to a node it addresses: dashed, not a domain edge. */
export const PlanLinkEdge = memo(function PlanLinkEdge(props: EdgeProps<PlanLinkFlowEdge>) {
  const { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition } = props;
  const far = useFar();
  const [path] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  return <BaseEdge path={path} className="edge" style={far ? FAR_PLAN_LINK_STYLE : PLAN_LINK_STYLE} />;
});

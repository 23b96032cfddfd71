import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, Position, type EdgeProps } from '@xyflow/react';
import { EDGE_VERB } from '../shared/words';
import { EDGE_COLOR, PLAN_LINK_COLOR, SELECTED_EDGE_COLOR } from '../shared/kindColors';
import type { DecisionFlowEdge, PlanLinkFlowEdge } from './flowTypes';
import { useFar } from './levelOfDetail';
import { bezierPoint } from './labelPlacement';
import { linePath, useLabelSpot, usePath } from './labelSpots';

/**
 * A domain edge: a solid arrow labelled with its kind ("requires", "fears", …); unlabelled when zoomed
 * far out. The word sits on the line where it covers no card (labelPlacement.ts); where the whole line
 * runs under cards it sits beside it, tied to it by a thin leader. Hovered or selected, line and word
 * light up together.
 */
export const DecisionEdge = memo(function DecisionEdge(props: EdgeProps<DecisionFlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected } = props;
  const far = useFar();
  const { spot, route, hovered } = useLabelSpot(id);
  // Around the cards in its way, when it has a route (lineRoute.ts) that still fits its ends.
  const { path, routed, middle } = linePath(props, route);
  const kind = data?.record.kind;
  const color = selected ? SELECTED_EDGE_COLOR : kind ? EDGE_COLOR[kind] : EDGE_COLOR.influences;
  const lit = selected || hovered;
  // On its curve, the word follows the curve as drawn (its handles sit a few pixels off the cards' sides).
  const along =
    spot && !routed && sourcePosition === Position.Right && targetPosition === Position.Left
      ? bezierPoint({ x: sourceX, y: sourceY }, { x: targetX, y: targetY }, spot.t)
      : null;
  const label = spot ? (spot.onLine && along ? along : spot.center) : middle;
  const anchor = spot && !spot.onLine ? (along ?? spot.anchor) : null;
  const labelClass = `edge-label${selected ? ' edge-label--selected' : hovered ? ' edge-label--hovered' : ''}`;
  return (
    <>
      <BaseEdge
        path={path}
        className="edge"
        style={{ stroke: color, strokeWidth: lit ? 4 : 2.5 }}
        interactionWidth={24}
      />
      <path d={arrowhead(targetX, targetY, targetPosition)} style={{ fill: color, stroke: 'none' }} />
      {kind && !far && anchor && (
        <path
          className="edge-label__leader"
          d={`M${anchor.x},${anchor.y} L${label.x},${label.y}`}
          style={{ stroke: color, strokeWidth: 2 }}
        />
      )}
      {kind && !far && (
        <EdgeLabelRenderer>
          <div
            className={labelClass}
            data-edge-id={id}
            style={{ transform: `translate(-50%, -50%) translate(${label.x}px, ${label.y}px)` }}
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
  const far = useFar();
  return (
    <BaseEdge path={usePath(props)} className="edge" style={far ? FAR_PLAN_LINK_STYLE : PLAN_LINK_STYLE} />
  );
});

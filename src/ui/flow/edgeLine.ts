import { getBezierPath, Position, type EdgeProps } from '@xyflow/react';
import { bezierPoint } from './labelPlacement';
import { pointAlong, type Point } from './cardGeometry';
import { roundedPath, type Route } from './routeAroundCards';

type Ends = Pick<
  EdgeProps,
  'sourceX' | 'sourceY' | 'targetX' | 'targetY' | 'sourcePosition' | 'targetPosition'
>;

interface Line {
  path: string;
  /** The middle of the line, where a word sits when none was placed. */
  middle: Point;
  /** The point a fraction `t` along the line as drawn; null for a line not drawn right to left side. */
  at: ((t: number) => Point) | null;
}

/**
 * The line as drawn between the handles: around the cards when it was routed (routeAroundCards.ts),
 * else React Flow's curve. The route was worked out from the cards' sides; its ends are moved onto the
 * handles, which sit a few pixels off them.
 */
export function lineBetween(ends: Ends, route: Route | null | undefined): Line {
  const { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition } = ends;
  const sideToSide = sourcePosition === Position.Right && targetPosition === Position.Left;
  const source = { x: sourceX, y: sourceY };
  const target = { x: targetX, y: targetY };
  if (route && sideToSide && route.points.length >= 2) {
    const points = route.points.map((p) => ({ ...p }));
    const [first, second] = [points[0]!, points[1]!];
    const [last, beforeLast] = [points[points.length - 1]!, points[points.length - 2]!];
    if (second.y === first.y) second.y = sourceY;
    if (beforeLast.y === last.y) beforeLast.y = targetY;
    points[0] = source;
    points[points.length - 1] = target;
    return {
      path: roundedPath(points, route.corner),
      middle: pointAlong(points, 0.5),
      at: (t) => pointAlong(points, t),
    };
  }
  const [path, x, y] = getBezierPath(ends);
  return { path, middle: { x, y }, at: sideToSide ? (t) => bezierPoint(source, target, t) : null };
}

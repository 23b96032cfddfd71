import { memo, useEffect, useMemo, useRef, type PointerEvent } from 'react';
import { Panel, useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import type { NodeKind } from '../../domain/records/states';
import { KIND_COLOR, PLAN_LINK_COLOR } from '../shared/kindColors';
import {
  cardsBounds,
  mapPointAt,
  overviewPaths,
  overviewViewBox,
  shadePath,
  visibleArea,
  type OverviewCard,
} from './overview';

/** The overview's size on screen, in pixels. */
const SIZE = { width: 200, height: 150 };
const ZOOM_STEP = 1.2;

const selectTransform = (s: ReactFlowState) => s.transform;
const selectPaneWidth = (s: ReactFlowState) => s.width;
const selectPaneHeight = (s: ReactFlowState) => s.height;

const colorOf = (type: string) => KIND_COLOR[type as NodeKind] ?? PLAN_LINK_COLOR;

/**
 * The whole map in the canvas's corner, with the part on screen left clear: press or drag on it to
 * look there, scroll on it to zoom. Drawn from the map's cards as one path per kind, and redrawn only
 * when the cards change (not on every step of a drag, not for every card), so a large map's overview
 * costs a handful of SVG elements; only the clear window follows a pan.
 */
export const Overview = memo(function Overview({ cards }: { cards: readonly OverviewCard[] }) {
  const flow = useReactFlow();
  const transform = useStore(selectTransform);
  const paneWidth = useStore(selectPaneWidth);
  const paneHeight = useStore(selectPaneHeight);
  const svgRef = useRef<SVGSVGElement>(null);

  const paths = useMemo(() => overviewPaths(cards), [cards]);
  const bounds = useMemo(() => cardsBounds(cards), [cards]);
  const visible = visibleArea(transform, { width: paneWidth, height: paneHeight });
  const viewBox = overviewViewBox(bounds, visible, SIZE);

  // Kept in a ref for the handlers below, which outlive a render.
  const viewBoxRef = useRef(viewBox);
  useEffect(() => {
    viewBoxRef.current = viewBox;
  });

  const lookAt = (event: PointerEvent<SVGSVGElement>) => {
    const svg = svgRef.current;
    if (!svg) return;
    const point = mapPointAt(viewBoxRef.current, svg.getBoundingClientRect(), {
      x: event.clientX,
      y: event.clientY,
    });
    if (point) void flow.setCenter(point.x, point.y, { zoom: flow.getZoom() });
  };

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    // Not passive: a wheel over the overview zooms the canvas instead of scrolling the page.
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const zoom = flow.getZoom();
      void flow.zoomTo(event.deltaY < 0 ? zoom * ZOOM_STEP : zoom / ZOOM_STEP);
    };
    svg.addEventListener('wheel', onWheel, { passive: false });
    return () => svg.removeEventListener('wheel', onWheel);
  }, [flow]);

  return (
    <Panel position="bottom-right" className="overview">
      <svg
        ref={svgRef}
        width={SIZE.width}
        height={SIZE.height}
        viewBox={`${viewBox.x} ${viewBox.y} ${viewBox.width} ${viewBox.height}`}
        role="img"
        aria-label="Overview of the map"
        className="overview__map"
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          lookAt(event);
        }}
        onPointerMove={(event) => {
          if (event.currentTarget.hasPointerCapture(event.pointerId)) lookAt(event);
        }}
      >
        {paths.map((path) => (
          <path
            key={path.type}
            d={path.d}
            fill={colorOf(path.type)}
            data-type={path.type}
            data-count={path.count}
          />
        ))}
        <path className="overview__shade" d={shadePath(viewBox, visible)} fillRule="evenodd" />
        <rect
          className="overview__window"
          x={visible.x}
          y={visible.y}
          width={visible.width}
          height={visible.height}
          vectorEffect="non-scaling-stroke"
        />
      </svg>
    </Panel>
  );
});

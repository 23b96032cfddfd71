import { forwardRef } from 'react';
import type { Analysis } from '../../domain/analysis/types';
import type { Edge } from '../../domain/records/edge';
import type { DecisionMap } from '../../domain/records/map';
import type { DecisionNode } from '../../domain/records/node';
import { KIND_COLOR } from '../shared/kindColors';
import { cardStateText, EDGE_VERB } from '../shared/words';
import { KIND_NAME } from '../../domain/words';
import { wrapText } from './wrapText';

const BOX = { width: 280, height: 118 } as const;
const MARGIN = 60;
const KIND_FILL = { approver: '#dbeafe', proof: '#d1fae5', risk: '#ffedd5', friction: '#f3e8ff' } as const;

/**
 * The decision map as a plain SVG picture for the brief: every node where the room put it, shaped and
 * named by kind (readable in black and white), edges named by kind, the constraint framed. Labels are
 * SVG text nodes, never markup.
 */
export const MapPicture = forwardRef<SVGSVGElement, { map: DecisionMap; analysis: Analysis; title: string }>(
  function MapPicture({ map, analysis, title }, ref) {
    if (map.nodes.length === 0) return null;
    const xs = map.nodes.map((n) => n.position.x);
    const ys = map.nodes.map((n) => n.position.y);
    const minX = Math.min(...xs) - MARGIN;
    const minY = Math.min(...ys) - MARGIN;
    const width = Math.max(...xs) + BOX.width + MARGIN - minX;
    const height = Math.max(...ys) + BOX.height + MARGIN - minY;
    const byId = new Map(map.nodes.map((n) => [n.id, n]));
    return (
      <svg
        ref={ref}
        viewBox={`${minX} ${minY} ${width} ${height}`}
        width={width}
        height={height}
        role="img"
        aria-label={title}
        className="map-picture"
        fontFamily="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"
      >
        <rect x={minX} y={minY} width={width} height={height} fill="#ffffff" />
        {map.edges.map((edge) => (
          <EdgeLine key={edge.id} edge={edge} source={byId.get(edge.source)} target={byId.get(edge.target)} />
        ))}
        {map.nodes.map((node) => (
          <NodeBox key={node.id} node={node} constraint={analysis.constraint === node.id} />
        ))}
      </svg>
    );
  },
);

function EdgeLine({
  edge,
  source,
  target,
}: {
  edge: Edge;
  source: DecisionNode | undefined;
  target: DecisionNode | undefined;
}) {
  if (!source || !target) return null;
  const x1 = source.position.x + BOX.width;
  const y1 = source.position.y + BOX.height / 2;
  const x2 = target.position.x;
  const y2 = target.position.y + BOX.height / 2;
  const bend = Math.max(80, Math.abs(x2 - x1) / 2);
  const path = `M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}`;
  return (
    <g>
      <path d={path} fill="none" stroke="#334155" strokeWidth={2.5} />
      <path d={`M${x2},${y2} l-14,-7 l0,14 z`} fill="#334155" />
      <text
        x={(x1 + x2) / 2}
        y={(y1 + y2) / 2 - 6}
        textAnchor="middle"
        fontSize={16}
        fontWeight={700}
        fill="#334155"
        stroke="#ffffff"
        strokeWidth={5}
        paintOrder="stroke"
      >
        {EDGE_VERB[edge.kind]}
      </text>
    </g>
  );
}

function shapeOf(node: DecisionNode, x: number, y: number) {
  const { width: w, height: h } = BOX;
  const stroke = KIND_COLOR[node.kind];
  const fill = KIND_FILL[node.kind];
  switch (node.kind) {
    case 'approver':
      return <rect x={x} y={y} width={w} height={h} rx={30} fill={fill} stroke={stroke} strokeWidth={4} />;
    case 'proof':
      return (
        <path
          d={`M${x},${y} h${w - 28} l28,28 v${h - 28} h${-w} z M${x + w - 28},${y} v28 h28`}
          fill={fill}
          stroke={stroke}
          strokeWidth={4}
        />
      );
    case 'risk':
      return (
        <polygon
          points={`${x + 22},${y} ${x + w - 22},${y} ${x + w},${y + h / 2} ${x + w - 22},${y + h} ${x + 22},${y + h} ${x},${y + h / 2}`}
          fill={fill}
          stroke={stroke}
          strokeWidth={4}
        />
      );
    case 'friction':
      return (
        <rect
          x={x}
          y={y}
          width={w}
          height={h}
          fill={fill}
          stroke={stroke}
          strokeWidth={5}
          strokeDasharray="12 7"
        />
      );
  }
}

function NodeBox({ node, constraint }: { node: DecisionNode; constraint: boolean }) {
  const { x, y } = node.position;
  const lines = wrapText(node.label, 21, 2);
  const veto = node.kind === 'approver' && node.veto;
  return (
    <g>
      {constraint && (
        <>
          <rect
            x={x - 12}
            y={y - 12}
            width={BOX.width + 24}
            height={BOX.height + 24}
            rx={16}
            fill="none"
            stroke="#0f172a"
            strokeWidth={7}
          />
          <rect x={x - 4} y={y - 44} width={150} height={28} rx={6} fill="#0f172a" />
          <text x={x + 8} y={y - 24} fontSize={17} fontWeight={800} fill="#facc15">
            CONSTRAINT
          </text>
        </>
      )}
      {shapeOf(node, x, y)}
      <text
        x={x + 26}
        y={y + 27}
        fontSize={15}
        fontWeight={800}
        fill={KIND_COLOR[node.kind]}
        letterSpacing={1}
      >
        {KIND_NAME[node.kind].toUpperCase()}
        {veto ? ' · VETO' : ''}
      </text>
      {lines.map((line, i) => (
        <text key={i} x={x + 26} y={y + 54 + i * 24} fontSize={19} fontWeight={700} fill="#0f172a">
          {line}
        </text>
      ))}
      <text x={x + 26} y={y + BOX.height - 12} fontSize={16} fontWeight={600} fill="#334155">
        {cardStateText(node)}
      </text>
    </g>
  );
}

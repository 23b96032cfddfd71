import type { EdgeKind, NodeKind } from '../../domain/records/states';

/** Each kind's strong colour (borders, minimap); the same values as --approver etc. in canvas.css. */
export const KIND_COLOR: Record<NodeKind, string> = {
  approver: '#1d4ed8',
  proof: '#047857',
  risk: '#c2410c',
  friction: '#7e22ce',
};

/**
 * Edge colours, written onto the SVG paths themselves (not only in CSS) so image export, which
 * copies inline styles of SVG children, draws them too. Each edge takes the colour of the kind it
 * is about.
 */
export const EDGE_COLOR: Record<EdgeKind, string> = {
  requires: KIND_COLOR.approver,
  fears: KIND_COLOR.risk,
  reduces: KIND_COLOR.proof,
  burdens: KIND_COLOR.friction,
  influences: '#1f2937',
};
export const SELECTED_EDGE_COLOR = '#2563eb';
export const PLAN_LINK_COLOR = '#52525b';

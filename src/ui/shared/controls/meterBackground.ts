import type { CSSProperties } from 'react';

const CELL = { width: 14, height: 12, gap: 3, border: 2 };
const INK = 'var(--kind, var(--ink))';
/** Under an empty cell's border: the card's own background, so the cell reads as an outline. */
const PAPER = 'var(--kind-bg, var(--paper))';
const solid = (color: string) => `linear-gradient(${color}, ${color})`;

/**
 * A meter's cells as background layers of one element, from the top layer down: the inside of each
 * empty cell, then every cell in the kind's colour. One element instead of one per cell matters on a
 * canvas of a thousand cards.
 */
export function meterBackground(filled: number, segments: number): CSSProperties {
  const images: string[] = [];
  const positions: string[] = [];
  const sizes: string[] = [];
  const inner = { width: CELL.width - 2 * CELL.border, height: CELL.height - 2 * CELL.border };
  for (let i = filled; i < segments; i++) {
    images.push(solid(PAPER));
    positions.push(`${i * (CELL.width + CELL.gap) + CELL.border}px ${CELL.border}px`);
    sizes.push(`${inner.width}px ${inner.height}px`);
  }
  for (let i = 0; i < segments; i++) {
    images.push(solid(INK));
    positions.push(`${i * (CELL.width + CELL.gap)}px 0`);
    sizes.push(`${CELL.width}px ${CELL.height}px`);
  }
  return {
    width: `${Math.max(0, segments * (CELL.width + CELL.gap) - CELL.gap)}px`,
    backgroundImage: images.join(', '),
    backgroundPosition: positions.join(', '),
    backgroundSize: sizes.join(', '),
  };
}

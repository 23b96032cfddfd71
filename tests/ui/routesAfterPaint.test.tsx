// @vitest-environment jsdom
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Node as FlowNode } from '@xyflow/react';
import { LabelSpots, useLabelSpotsFor } from '../../src/ui/flow/labelSpots';
import type { WorkbenchFlowEdge } from '../../src/ui/flow/flowTypes';
import { afterNextPaint } from './helpers';

afterEach(cleanup);

type Card = Pick<FlowNode, 'id' | 'position' | 'measured'>;
const card = (id: string, x: number, y: number): Card => ({
  id,
  position: { x, y },
  measured: { width: 220, height: 120 },
});
/** `a` and `b` on one row with `between` square in the way of the line that joins them. */
const cards = [card('a', 0, 0), card('between', 400, -40), card('b', 900, 0)];
const lines = [{ id: 'a-b', source: 'a', target: 'b' }] as unknown as WorkbenchFlowEdge[];

describe('lines routed around cards', () => {
  it('are routed after the frame that shows the change has painted, never in the render itself', async () => {
    const spots = new LabelSpots();
    const { rerender } = renderHook(
      ({ shown }: { shown: readonly Card[] }) =>
        useLabelSpotsFor(spots, shown, [], 14, false, { lines, held: false }),
      { initialProps: { shown: cards } },
    );
    // The router is fetched on the page's first input.
    window.dispatchEvent(new Event('pointermove'));
    await waitFor(() => expect(spots.route('a-b')).toBeDefined());
    const first = spots.route('a-b');

    // The card in the way moves off the line: the render that shows it keeps the old route...
    rerender({ shown: [cards[0]!, card('between', 400, 600), cards[2]!] });
    expect(spots.route('a-b')).toBe(first);
    // ...and once the frame has painted, the line has nothing in its way and keeps its curve.
    await afterNextPaint();
    await afterNextPaint();
    expect(spots.route('a-b')).toBeUndefined();
  });

  it('are not made while a card is held by a drag', async () => {
    const spots = new LabelSpots();
    const { rerender } = renderHook(
      ({ shown, held }: { shown: readonly Card[]; held: boolean }) =>
        useLabelSpotsFor(spots, shown, [], 14, false, { lines, held }),
      { initialProps: { shown: cards, held: false } },
    );
    window.dispatchEvent(new Event('pointermove'));
    await waitFor(() => expect(spots.route('a-b')).toBeDefined());
    const first = spots.route('a-b');
    rerender({ shown: [cards[0]!, card('between', 400, 600), cards[2]!], held: true });
    await afterNextPaint();
    await afterNextPaint();
    expect(spots.route('a-b')).toBe(first);
    rerender({ shown: [cards[0]!, card('between', 400, 600), cards[2]!], held: false });
    await afterNextPaint();
    await afterNextPaint();
    expect(spots.route('a-b')).toBeUndefined();
  });
});

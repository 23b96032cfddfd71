// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useFlowModel } from '../../src/ui/flow/useFlowModel';
import { useAnalysis, workbenchStore } from '../../src/ui/shared/appStore';
import { makeApprover, makeMap, makeProof, requires } from '../builders';
import { afterNextPaint, loadMap } from './helpers';

afterEach(cleanup);

/** A skeptical veto CFO who requires a SOC 2 report nobody has yet. */
beforeEach(() =>
  loadMap(
    makeMap({
      nodes: [makeApprover({ id: 'cfo', veto: true, stance: 'skeptical' }), makeProof({ id: 'soc2' })],
      edges: [requires('cfo', 'soc2')],
    }),
  ),
);

describe('the canvas follows an edit once its frame has painted', () => {
  it('the edit renders the score, not the canvas; the canvas takes the new map after the paint', async () => {
    let canvasRenders = 0;
    const canvas = renderHook(() => {
      canvasRenders++;
      return useFlowModel(false);
    });
    const score = renderHook(() => useAnalysis().score);
    await afterNextPaint();
    const before = canvas.result.current.map;
    const scoreBefore = score.result.current;
    const rendersBefore = canvasRenders;

    act(() => {
      workbenchStore.getState().updateNode('soc2', { status: 'verified' });
    });
    // In the edit's own task: the new score is rendered, the canvas is not rendered at all.
    expect(score.result.current).toBeGreaterThan(scoreBefore);
    expect(canvasRenders).toBe(rendersBefore);
    expect(canvas.result.current.map).toBe(before);

    await afterNextPaint();
    expect(canvas.result.current.map).toBe(workbenchStore.getState().map);
    const soc2 = canvas.result.current.nodes.find((node) => node.id === 'soc2');
    expect(soc2?.data.record).toMatchObject({ status: 'verified' });
  });

  it('several edits before a paint reach the canvas as the last map', async () => {
    const canvas = renderHook(() => useFlowModel(false));
    await afterNextPaint();
    act(() => {
      workbenchStore.getState().updateNode('soc2', { status: 'demonstrated' });
      workbenchStore.getState().updateNode('cfo', { stance: 'supportive' });
    });
    await afterNextPaint();
    expect(canvas.result.current.map).toBe(workbenchStore.getState().map);
  });
});

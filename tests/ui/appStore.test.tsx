// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '../../src/domain/analysis/analyze';
import { workbenchStore } from '../../src/ui/shared/appStore';
import { useHistory } from '../../src/ui/shared/appStore';
import { useAnalysis, useWorkbench } from '../../src/ui/shared/appStore';
import { makeApprover, makeMap, makeProof, requires } from '../builders';

const sample = () =>
  makeMap({
    nodes: [makeApprover({ id: 'cfo', veto: true, stance: 'skeptical' }), makeProof({ id: 'soc2' })],
    edges: [requires('cfo', 'soc2')],
  });

beforeEach(() => {
  act(() => {
    workbenchStore.getState().replaceMap(sample());
  });
});

describe('React hooks over the workbench store', () => {
  it('useWorkbench re-renders with the selected slice of state', () => {
    const { result } = renderHook(() => useWorkbench((s) => s.map.nodes.length));
    expect(result.current).toBe(2);
    act(() => {
      workbenchStore.getState().addNode('risk');
    });
    expect(result.current).toBe(3);
  });

  it('useAnalysis gives the analysis of the current map, the same object across renders and moves', () => {
    const { result, rerender } = renderHook(() => useAnalysis());
    const first = result.current;
    expect(first).toEqual(analyze(sample()));
    rerender();
    act(() => {
      workbenchStore.getState().moveNodes([{ id: 'cfo', position: { x: 300, y: 300 } }]);
    });
    expect(result.current).toBe(first);
    act(() => {
      workbenchStore.getState().updateNode('soc2', { status: 'verified' });
    });
    expect(result.current.score).toBeGreaterThan(first.score);
  });

  it('useHistory says when undo and redo are possible', () => {
    const { result } = renderHook(() => useHistory());
    expect([result.current.canUndo, result.current.canRedo]).toEqual([false, false]);
    act(() => {
      workbenchStore.getState().updateNode('cfo', { stance: 'supportive' });
    });
    expect([result.current.canUndo, result.current.canRedo]).toEqual([true, false]);
    act(() => result.current.undo());
    expect([result.current.canUndo, result.current.canRedo]).toEqual([false, true]);
    act(() => result.current.redo());
    expect(workbenchStore.getState().map.nodes[0]).toMatchObject({ stance: 'supportive' });
  });
});

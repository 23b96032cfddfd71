// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as planAnalysis from '../../src/domain/analysis/planAnalysis';
import { SidePanel } from '../../src/ui/SidePanel';
import { workbenchStore } from '../../src/ui/shared/appStore';
import { afterNextPaint, loadMap, workshopMap } from './helpers';

// Counts the plan checks the workbench runs, the real one still doing the work.
vi.mock('../../src/domain/analysis/planAnalysis', async (original) => {
  const real = await original<typeof planAnalysis>();
  return { ...real, analyzePlan: vi.fn(real.analyzePlan) };
});
const planChecks = () => vi.mocked(planAnalysis.analyzePlan).mock.calls.length;

afterEach(cleanup);
beforeEach(() => loadMap(workshopMap()));

const score = () => document.querySelector('.score-panel__value')?.textContent;
const alert = () => screen.queryByLabelText('has plan items that are internal logic');

describe("the Plan tab's internal-logic alert follows an edit a frame late", () => {
  it('the edit shows its new score without running the plan check; the alert follows after the paint', async () => {
    render(<SidePanel />);
    await afterNextPaint();
    // "Hire 6 enterprise AEs" addresses nothing on the map.
    expect(alert()).not.toBeNull();
    const checks = planChecks();
    const scoreBefore = score();

    act(() => {
      workbenchStore.getState().updatePlanItem('aes', { addresses: ['soc2'] });
      workbenchStore.getState().updateNode('legal', { stance: 'supportive' });
    });
    expect(planChecks()).toBe(checks);
    expect(alert()).not.toBeNull();
    expect(score()).not.toBe(scoreBefore);

    await afterNextPaint();
    expect(planChecks()).toBe(checks + 1);
    expect(alert()).toBeNull();
  });
});

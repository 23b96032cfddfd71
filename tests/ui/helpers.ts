import { act, fireEvent, waitFor } from '@testing-library/react';
import type { DecisionMap } from '../../src/domain/records/map';
import { workbenchStore } from '../../src/ui/shared/appStore';
import {
  burdens,
  fears,
  makeApprover,
  makeFriction,
  makeMap,
  makePlanItem,
  makeProof,
  makeRisk,
  requires,
} from '../builders';

/** Loads `map` into the app's store with a clean session (no selection, notice, dialog or picking) and no history. */
export function loadMap(map: DecisionMap): void {
  act(() => {
    const state = workbenchStore.getState();
    const result = state.replaceMap(map);
    if (!result.ok) throw new Error(`test map refused: ${result.message}`);
    state.setNotice(null);
    state.setFileError(null);
    state.startPicking(null);
    state.select({});
    workbenchStore.temporal.getState().clear();
  });
}

export const store = () => workbenchStore.getState();

/** The next frame and the task after it: what `afterPaint` (src/ui/shared/afterPaint.ts) waits for. */
export const afterNextPaint = () =>
  act(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));

/**
 * A small workshop map: a skeptical veto CFO who needs a missing SOC 2 report and fears a data risk,
 * a Legal approver nobody has asked yet, a friction in the CFO's way, and two plan items: one
 * anchored to the SOC 2 report, one addressing nothing.
 */
export function workshopMap(): DecisionMap {
  const cfo = makeApprover({
    id: 'cfo',
    label: 'CFO',
    veto: true,
    stance: 'skeptical',
    influence: 5,
    position: { x: 400, y: 0 },
  });
  const legal = makeApprover({
    id: 'legal',
    label: 'Legal counsel',
    stance: 'unknown',
    position: { x: 400, y: 160 },
  });
  const soc2 = makeProof({
    id: 'soc2',
    label: 'SOC 2 Type II report',
    status: 'missing',
    position: { x: 800, y: 0 },
  });
  const breach = makeRisk({
    id: 'breach',
    label: 'Data exposed through a vendor',
    severity: 4,
    reduction: 'none',
    position: { x: 1200, y: 0 },
  });
  const budget = makeFriction({
    id: 'budget',
    label: 'Outside the annual budget cycle',
    severity: 3,
    status: 'present',
    position: { x: 0, y: 0 },
  });
  return makeMap({
    nodes: [cfo, legal, soc2, breach, budget],
    edges: [requires(cfo, soc2), fears(cfo, breach), burdens(budget, cfo)],
    plan: [
      makePlanItem({
        id: 'audit',
        title: 'Get the SOC 2 audit done',
        category: 'process',
        addresses: ['soc2'],
      }),
      makePlanItem({ id: 'aes', title: 'Hire 6 enterprise AEs', category: 'hiring', addresses: [] }),
    ],
  });
}

/** The side panel’s editing panels load lazily (when first wanted): wait until it shows the chosen one. */
export async function panelLoaded(): Promise<void> {
  await waitFor(() => {
    // The chosen tab's panel is fetched while the one shown so far stays (the body is busy meanwhile).
    if (document.querySelector('.side-panel__loading, .side-panel__body[aria-busy="true"]'))
      throw new Error('the panel is still loading');
  });
}

/**
 * Mouse events as React Flow's drag (d3-drag) reads them: pressed on the node, moved and released on
 * the window, with `view` set (d3-drag listens on event.view; jsdom under Vitest refuses it in the
 * MouseEvent constructor, so it is set on the event afterwards).
 */
export function mouse(
  target: Element | Window,
  type: string,
  at: { x: number; y: number },
  buttons: number,
): void {
  const event = new MouseEvent(type, {
    bubbles: true,
    cancelable: true,
    clientX: at.x,
    clientY: at.y,
    button: 0,
    buttons,
  });
  Object.defineProperty(event, 'view', { value: window });
  fireEvent(target, event);
}

// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App';
import { SidePanel } from '../../src/ui/SidePanel';
import { workbenchStore } from '../../src/ui/shared/appStore';
import { linkTargets } from '../../src/ui/shared/linkTargets';
import { panelLoaded, store, workshopMap } from './helpers';
import { loadWorkshop, pressKey } from './present/helpers';

/* "Link to…" (issue 16): linking from the keyboard, in the inspector and the palette, as the canvas links. */

beforeEach(() => loadWorkshop(workshopMap()));
afterEach(cleanup);

const edgeBetween = (a: string, b: string) =>
  store().map.edges.find((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a));

describe('link targets', () => {
  it('lists only the cards the selected one can be linked to, not yet linked, matching every word', () => {
    const map = store().map;
    // Legal (an approver) can require the proof, fear the risk, be burdened, influence the CFO, be addressed.
    expect(linkTargets(map, 'legal', '').map((t) => t.name)).toEqual([
      'Approver: CFO',
      'Proof: SOC 2 Type II report',
      'Risk: Data exposed through a vendor',
      'Friction: Outside the annual budget cycle',
      'Plan item: Get the SOC 2 audit done',
      'Plan item: Hire 6 enterprise AEs',
    ]);
    // The CFO already requires the SOC 2 report; two proofs cannot be linked.
    expect(linkTargets(map, 'cfo', 'soc').map((t) => t.id)).toEqual(['audit']);
    expect(linkTargets(map, 'soc2', '').map((t) => t.id)).not.toContain('soc2');
    expect(linkTargets(map, 'legal', 'vendor data').map((t) => t.id)).toEqual(['breach']);
  });
});

describe('Link to… in the inspector', () => {
  it('links by typing part of a label and Enter, with the edge kind the canvas would give, as one undo step', async () => {
    const user = userEvent.setup();
    render(<SidePanel />);
    act(() => store().select({ nodes: ['legal'] }));
    await panelLoaded();
    const field = screen.getByRole('searchbox', { name: 'Link to…' });
    await user.click(field);
    await user.keyboard('soc 2{Enter}');
    expect(edgeBetween('legal', 'soc2')).toMatchObject({ kind: 'requires', source: 'legal', target: 'soc2' });
    expect(store().notice?.text).toMatch(/Legal counsel|Linked to Proof: SOC 2 Type II report/);
    expect(field).toHaveValue('');
    act(() => store().undo());
    expect(edgeBetween('legal', 'soc2')).toBeUndefined();
  });

  it('a friction linked from its own inspector burdens the approver (the format’s direction)', async () => {
    const user = userEvent.setup();
    render(<SidePanel />);
    act(() => store().select({ nodes: ['budget'] }));
    await panelLoaded();
    await user.type(screen.getByRole('searchbox', { name: 'Link to…' }), 'legal');
    await user.tab();
    const match = screen.getByRole('button', { name: 'Approver: Legal counsel' });
    expect(match).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(edgeBetween('budget', 'legal')).toMatchObject({
      kind: 'burdens',
      source: 'budget',
      target: 'legal',
    });
  });
});

describe('Link to… in the command palette', () => {
  it('lists the matching cards for the selected one and links the highlighted one on Enter', async () => {
    const user = userEvent.setup();
    render(<App />);
    act(() => store().select({ planItems: ['aes'] }));
    pressKey('k', { ctrlKey: true });
    const dialog = await screen.findByRole('dialog', { name: 'Command palette' }, { timeout: 8000 });
    await user.keyboard('link cfo');
    expect(within(dialog).getByRole('option', { name: /^Link to Approver: CFO/ })).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(store().map.plan.find((p) => p.id === 'aes')?.addresses).toEqual(['cfo']);
    expect(workbenchStore.temporal.getState().pastStates).toHaveLength(1);
  });
});

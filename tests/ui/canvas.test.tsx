// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '../../src/domain/analysis/analyze';
import { App } from '../../src/ui/App';
import { Canvas } from '../../src/ui/canvas/Canvas';
import { pressKey } from './present/helpers';
import { loadMap, store, workshopMap } from './helpers';

beforeEach(() => loadMap(workshopMap()));
afterEach(cleanup);

describe('canvas', () => {
  it('shows every node and plan item with an accessible name a room would say', () => {
    render(<Canvas />);
    const analysis = analyze(store().map);
    const cfoReadiness = Math.round(analysis.approvers.find((a) => a.id === 'cfo')?.readiness ?? -1);
    expect(
      screen.getByLabelText(
        `Approver: CFO, veto, stance skeptical, readiness ${cfoReadiness}%, assumed by the team`,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByLabelText(/^Proof: SOC 2 Type II report, status missing, the constraint/),
    ).toBeInTheDocument();
    expect(
      screen.getByLabelText(/^Risk: Data exposed through a vendor, reduction none, severity 4 of 5/),
    ).toBeInTheDocument();
    expect(
      screen.getByLabelText(/^Friction: Outside the annual budget cycle, status present, severity 3 of 5/),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Plan item: Hire 6 enterprise AEs, internal logic')).toBeInTheDocument();
  });

  it('tells kinds apart by their name in text, not by colour alone', () => {
    render(<Canvas />);
    for (const [id, kind] of [
      ['cfo', 'Approver'],
      ['soc2', 'Proof'],
      ['breach', 'Risk'],
      ['budget', 'Friction'],
    ] as const) {
      const node = document.querySelector(`[data-id="${id}"]`) as HTMLElement;
      expect(within(node).getByText(kind)).toBeInTheDocument();
    }
    expect(
      within(document.querySelector('[data-id="cfo"]') as HTMLElement).getByText('VETO'),
    ).toBeInTheDocument();
  });

  it('marks the constraint with a tag and its lift', () => {
    render(<Canvas />);
    const { constraint } = analyze(store().map);
    const node = document.querySelector(`[data-id="${constraint}"]`) as HTMLElement;
    expect(within(node).getByText(/Constraint/)).toBeInTheDocument();
    // Legal's unknown stance holds the score down: the constraint's lift today can be under a tenth.
    expect(node.getAttribute('aria-label')).toMatch(/the constraint, lift (\+\d|under \+0\.1)/);
  });

  it('double-clicking the pane opens quick add: a key picks the kind, Enter adds the node', async () => {
    const user = userEvent.setup();
    render(<Canvas />);
    const pane = document.querySelector('.react-flow__pane') as HTMLElement;
    fireEvent.doubleClick(pane, { clientX: 200, clientY: 150 });
    const dialog = await screen.findByRole('dialog', { name: 'Add a node here' }, { timeout: 8000 });
    await user.keyboard('3');
    expect(within(dialog).getByRole('radio', { name: /Risk/ })).toHaveAttribute('aria-checked', 'true');
    await user.keyboard('Churn after the first renewal{Enter}');
    const added = store().map.nodes.at(-1);
    expect(added).toMatchObject({ kind: 'risk', label: 'Churn after the first renewal' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store().selection.nodes).toEqual([added?.id]);
  });

  it('quick add closes on Escape without adding anything', async () => {
    const user = userEvent.setup();
    render(<Canvas />);
    const before = store().map;
    fireEvent.doubleClick(document.querySelector('.react-flow__pane') as HTMLElement);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store().map).toBe(before);
  });

  it('while picking for a plan item, clicking a node links it', async () => {
    const user = userEvent.setup();
    render(<Canvas />);
    act(() => store().startPicking('aes'));
    // The banner (and what a click does while picking) comes in its own chunk, fetched when picking begins.
    expect(await screen.findByRole('status')).toHaveTextContent('Hire 6 enterprise AEs');
    // A plain click: d3-drag's mousedown handling needs a real window, which jsdom events lack.
    fireEvent.click(screen.getByLabelText(/^Approver: CFO/));
    expect(store().map.plan.find((p) => p.id === 'aes')?.addresses).toEqual(['cfo']);
    // Every link says so, and is one undo step.
    expect(store().notice?.text).toMatch(/^Linked: “Hire 6 enterprise AEs” now addresses approver “CFO”/);
    act(() => store().undo());
    expect(store().map.plan.find((p) => p.id === 'aes')?.addresses).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(store().pickingFor).toBeNull();
  });

  it('Escape ends picking, and so does selecting another plan item (on the canvas or anywhere)', async () => {
    render(<App />);
    act(() => store().select({ planItems: ['aes'] }));
    act(() => store().startPicking('aes'));
    pressKey('Escape');
    expect(store().pickingFor).toBeNull();
    act(() => store().startPicking('aes'));
    await screen.findByText(/click the nodes it addresses/);
    fireEvent.click(screen.getByLabelText(/^Plan item: Get the SOC 2 audit done/));
    expect(store().pickingFor).toBeNull();
    expect(store().selection.planItems).toEqual(['audit']);
    expect(store().map.plan.find((p) => p.id === 'aes')?.addresses).toEqual([]);
    act(() => store().startPicking('aes'));
    act(() => store().select({ nodes: ['soc2'] }));
    expect(store().pickingFor).toBeNull();
    // The Inspector's code loads on demand: let it arrive before the test's world is torn down.
    await screen.findByRole('button', { name: 'Delete proof' }, { timeout: 8000 });
  });
});

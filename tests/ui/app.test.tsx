// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeMapFile } from '../../src/domain/format/serialize';
import { COMMANDS } from '../../src/state/commands/registry';
import { App } from '../../src/ui/App';
import { workbenchStore } from '../../src/ui/shared/appStore';
import { Toolbar } from '../../src/ui/Toolbar';
import { makeMap, makeApprover } from '../builders';
import { loadMap, panelLoaded, store, workshopMap } from './helpers';

beforeEach(() => loadMap(workshopMap()));
afterEach(cleanup);

/** A map file with two problems, one of them a label that looks like markup. */
const brokenFile = JSON.stringify({
  format: 'obvious.decision-map',
  version: 1,
  exportedAt: '2026-11-24T10:00:00.000Z',
  map: {
    id: 'broken',
    title: '',
    decision: '',
    market: '',
    period: '',
    nodes: [
      {
        id: 'r1',
        kind: 'risk',
        label: '<img src=x onerror=alert(1)>',
        position: { x: 0, y: 0 },
        severity: 7,
        reduction: 'none',
      },
    ],
    edges: [],
    plan: [],
  },
});

describe('a refused file', () => {
  it('opens a dialog listing every problem as text, and the map stays as it was', async () => {
    const user = userEvent.setup();
    render(<App />);
    const before = store().map;
    await act(async () => {
      await workbenchStore.getState().openFile(brokenFile);
    });
    const dialog = await screen.findByRole(
      'dialog',
      { name: 'This file could not be opened' },
      { timeout: 8000 },
    );
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    const problems = within(dialog)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(problems).toContain('map.nodes[0].severity: expected an integer from 1 to 5, got 7');
    expect(problems.some((p) => p?.startsWith('map.title: '))).toBe(true);
    expect(dialog.querySelector('img')).toBeNull();
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
    expect(store().map).toBe(before);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store().map).toBe(before);
  });

  it('comes through the file input the same way', async () => {
    const user = userEvent.setup();
    render(<App />);
    const before = store().map;
    const input = screen.getByLabelText('Open a decision map file');
    expect(input).toHaveAttribute('type', 'file');
    expect(input).toHaveAttribute('accept', '.json,application/json');
    await user.upload(input, new File([brokenFile], 'broken.json', { type: 'application/json' }));
    expect(await screen.findByRole('dialog', { name: 'This file could not be opened' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store().map).toBe(before);
  });

  it('a good file through the file input replaces the map', async () => {
    const user = userEvent.setup();
    render(<App />);
    const next = makeMap({
      id: 'next',
      title: 'Enterprise security teams',
      nodes: [makeApprover({ id: 'ciso', label: 'CISO' })],
    });
    await user.upload(
      screen.getByLabelText('Open a decision map file'),
      new File([serializeMapFile(next)], 'next.json'),
    );
    await waitFor(() => expect(store().map.id).toBe('next'));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Enterprise security teams');
  });

  it('pasting a map on the page opens it through the same door', async () => {
    render(<App />);
    const next = makeMap({ id: 'pasted', title: 'Pasted map' });
    const paste = new Event('paste', { bubbles: true, cancelable: true });
    Object.defineProperty(paste, 'clipboardData', { value: { getData: () => serializeMapFile(next) } });
    act(() => {
      document.body.dispatchEvent(paste);
    });
    await waitFor(() => expect(store().map.id).toBe('pasted'));
  });
});

describe('toolbar', () => {
  it('has one button per toolbar command, named by the registry', async () => {
    render(<Toolbar />);
    const toolbar = screen.getByRole('toolbar', { name: 'Workbench tools' });
    for (const label of [
      'Add approver',
      'Add proof',
      'Add risk',
      'Add friction',
      'Add plan item',
      'Undo',
      'Redo',
      'Export JSON',
    ]) {
      const command = COMMANDS.find((c) => c.label === label);
      expect(command, label).toBeDefined();
      const button = within(toolbar).getByRole('button', { name: label });
      if (command?.shortcut) expect(button).toHaveAttribute('title', `${label} (${command.shortcut})`);
    }
  });

  it('undo is disabled until there is something to undo, and undoes it', async () => {
    const user = userEvent.setup();
    render(<Toolbar />);
    const undo = screen.getByRole('button', { name: 'Undo' });
    const redo = screen.getByRole('button', { name: 'Redo' });
    expect(undo).toBeDisabled();
    expect(redo).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Add risk' }));
    expect(store().map.nodes.filter((n) => n.kind === 'risk')).toHaveLength(2);
    expect(undo).toBeEnabled();

    await user.click(undo);
    expect(store().map.nodes.filter((n) => n.kind === 'risk')).toHaveLength(1);
    expect(undo).toBeDisabled();
    expect(redo).toBeEnabled();
  });
});

describe('keyboard shortcuts', () => {
  it('A adds an approver, Ctrl+Z undoes it, but not while typing in a field', async () => {
    const user = userEvent.setup();
    render(<App />);
    const approvers = () => store().map.nodes.filter((n) => n.kind === 'approver').length;
    expect(approvers()).toBe(2);
    await user.keyboard('a');
    expect(approvers()).toBe(3);
    await user.keyboard('{Control>}z{/Control}');
    expect(approvers()).toBe(2);

    await user.click(screen.getByRole('tab', { name: 'Map' }));
    await panelLoaded();
    await user.click(screen.getByRole('textbox', { name: 'Market' }));
    await user.keyboard('a');
    expect(approvers()).toBe(2);
  });

  it('Delete removes the selection', async () => {
    render(<App />);
    act(() => store().select({ nodes: ['budget'] }));
    await panelLoaded();
    fireEvent.keyDown(document.body, { key: 'Delete' });
    expect(store().map.nodes.some((n) => n.id === 'budget')).toBe(false);
  });
});

describe('notices', () => {
  it('shows a refused link as a status message', async () => {
    render(<App />);
    act(() => {
      const result = store().connect('soc2', 'budget');
      if (!result.ok) store().setNotice({ tone: 'warning', text: result.message });
    });
    expect(screen.getByRole('status')).toHaveTextContent(/Links that exist/);
  });
});

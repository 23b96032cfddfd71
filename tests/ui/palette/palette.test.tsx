// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { COMMANDS } from '../../../src/state/commands/registry';
import { App } from '../../../src/ui/App';
import { sessionCommands } from '../../../src/ui/shared/sessionCommands';
import { store, workshopMap } from '../helpers';
import { findScreen, loadWorkshop, pressKey } from '../present/helpers';

beforeEach(() => loadWorkshop(workshopMap()));
afterEach(() => {
  cleanup();
  sessionCommands.show(null);
});

const findDialog = (name: string | RegExp) => screen.findByRole('dialog', { name }, { timeout: 8000 });

describe('the command palette', () => {
  it('opens with Ctrl+K (and Cmd+K) and lists every command of the registry with its shortcut', async () => {
    render(<App />);
    pressKey('k', { metaKey: true });
    const dialog = await findDialog('Command palette');
    const search = within(dialog).getByRole('combobox', { name: 'Search commands' });
    // The palette's code arrives on demand; its search takes focus once it has mounted, on a busy machine a tick later.
    await waitFor(() => expect(search).toHaveFocus());
    const options = within(dialog).getAllByRole('option');
    expect(options).toHaveLength(COMMANDS.length);
    expect(within(dialog).getByRole('option', { name: /^Undo.*shortcut Ctrl\+Z/ })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    expect(
      within(dialog).getByRole('option', { name: /^Present on the shared screen.*shortcut F5/ }),
    ).toHaveAttribute('aria-disabled', 'false');
  });

  it('runs the highlighted command on Enter: typing "brief" opens the decision brief', async () => {
    const user = userEvent.setup();
    render(<App />);
    pressKey('k', { ctrlKey: true });
    await findDialog('Command palette');
    await user.keyboard('brief');
    await user.keyboard('{Enter}');
    await findScreen('Decision brief');
    expect(screen.queryByRole('dialog', { name: 'Command palette' })).toBeNull();
  });

  it('moves through the results with the arrow keys and closes on Escape', async () => {
    const user = userEvent.setup();
    render(<App />);
    pressKey('k', { ctrlKey: true });
    const dialog = await findDialog('Command palette');
    await user.keyboard('add');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(within(dialog).getByRole('option', { selected: true })).toHaveTextContent('Add risk');
    await user.keyboard('{Enter}');
    expect(store().map.nodes.at(-1)).toMatchObject({ kind: 'risk' });
    pressKey('k', { ctrlKey: true });
    await findDialog('Command palette');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('in a live session lists the session’s commands first, under “Live session”; Enter runs one', async () => {
    const user = userEvent.setup();
    const summon = vi.fn();
    sessionCommands.show([
      { id: 'lock', label: 'Lock the map while you present', run: vi.fn() },
      { id: 'summon', label: 'Summon: everyone’s view jumps to yours', run: summon },
    ]);
    render(<App />);
    pressKey('k', { ctrlKey: true });
    const dialog = await findDialog('Command palette');
    const options = within(dialog).getAllByRole('option');
    expect(options).toHaveLength(COMMANDS.length + 2);
    expect(options[0]).toHaveTextContent('Lock the map while you present');
    expect(options[0]).toHaveTextContent('Live session');
    await user.keyboard('summon{Enter}');
    expect(summon).toHaveBeenCalledOnce();
    expect(screen.queryByRole('dialog', { name: 'Command palette' })).toBeNull();

    // The session closed: its commands are gone.
    sessionCommands.show(null);
    pressKey('k', { ctrlKey: true });
    expect(within(await findDialog('Command palette')).getAllByRole('option')).toHaveLength(COMMANDS.length);
  });
});

describe('the help overlay', () => {
  it('opens with ? and shows every shortcut of the registry', async () => {
    render(<App />);
    pressKey('?');
    const dialog = await findDialog('Keyboard shortcuts');
    for (const command of COMMANDS.filter((c) => c.shortcut)) {
      expect(
        within(dialog).getByRole('row', { name: new RegExp(`^${escape(command.label)}`) }),
      ).toHaveTextContent(command.shortcut!);
    }
  });
});

describe('new map from a template', () => {
  it('starts a valid map with the template’s approvers, every state unknown', async () => {
    const user = userEvent.setup();
    render(<App />);
    pressKey('k', { ctrlKey: true });
    await findDialog('Command palette');
    await user.keyboard('template{Enter}');
    const picker = await findDialog('New map from a template');
    await user.click(within(picker).getByRole('button', { name: /^Healthcare provider/ }));
    // The template's map is built by code fetched when a template is chosen.
    await waitFor(() => expect(store().map.title).toBe('Hospital clinical tool adoption'));
    const map = store().map;
    expect(map.nodes.filter((n) => n.kind === 'approver')).toHaveLength(8);
    expect(store().fileError).toBeNull();
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

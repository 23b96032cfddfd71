// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { showLivePanel } from '../../src/collab/liveSlot';
import type { Person } from '../../src/collab/presence';
import type { RoomLink } from '../../src/collab/roomLink';
import type { LiveSession, LiveView } from '../../src/collab/session';
import { LinksDialog } from '../../src/collab/ui/LinksDialog';
import { LiveButton } from '../../src/collab/ui/LiveButton';
import { PresenceBar } from '../../src/collab/ui/PresenceBar';

afterEach(() => {
  cleanup();
  act(() => showLivePanel(null));
});

const makePerson = (overrides: Partial<Person> = {}): Person => ({
  clientId: 1,
  isYou: false,
  name: 'Ada Byron',
  color: '#1d4ed8',
  mode: 'edit',
  cursor: null,
  selection: [],
  viewport: null,
  following: null,
  ...overrides,
});

/** A live session with the parts these components use; the rest is not reached. */
function fakeSession(
  view: Partial<LiveView> = {},
  link: RoomLink = { room: 'q3-room', sync: 'ws://127.0.0.1:1234', mode: 'edit' },
) {
  const full: LiveView = { link, status: 'connected', joined: true, people: [], following: null, ...view };
  const calls = {
    follow: vi.fn<(id: number | null) => void>(),
    setName: vi.fn<(name: string) => void>(),
    leave: vi.fn<() => void>(),
  };
  const session = {
    link,
    subscribe: () => () => {},
    getView: () => full,
    follow: calls.follow,
    setName: calls.setName,
    leave: calls.leave,
  } as unknown as LiveSession;
  return { session, view: full, calls };
}

describe('the Share live button', () => {
  it('is a button until a live panel takes its place', () => {
    render(<LiveButton />);
    expect(screen.getByRole('button', { name: 'Share live' })).toBeEnabled();
    act(() => showLivePanel(<p>Live panel</p>));
    expect(screen.queryByRole('button', { name: 'Share live' })).toBeNull();
    expect(screen.getByText('Live panel')).toBeInTheDocument();
  });
});

describe('who is here', () => {
  const you = makePerson({ clientId: 9, isYou: true, name: 'Me Myself' });
  const ada = makePerson({ clientId: 4, name: 'Ada Byron' });

  it('shows everyone, and follows someone else’s view when their avatar is pressed', async () => {
    const { session, view, calls } = fakeSession({ people: [you, ada] });
    render(<PresenceBar session={session} view={view} />);
    expect(screen.getByRole('list', { name: '2 people in this live session' })).toBeInTheDocument();
    expect(screen.getByLabelText('Me Myself (you)')).toHaveTextContent('MM');
    const follow = screen.getByRole('button', { name: 'Follow Ada Byron' });
    expect(follow).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(follow);
    expect(calls.follow).toHaveBeenCalledWith(4);
  });

  it('stops following when the followed avatar is pressed again', async () => {
    const { session, view, calls } = fakeSession({ people: [you, ada], following: ada });
    render(<PresenceBar session={session} view={view} />);
    await userEvent.click(screen.getByRole('button', { name: 'Stop following Ada Byron', pressed: true }));
    expect(calls.follow).toHaveBeenCalledWith(null);
  });
});

describe('the links dialog', () => {
  it('gives the edit and view-only links of the room, copies them, and leaves', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    const { session, calls } = fakeSession();
    render(<LinksDialog session={session} yourName="Ada" copiedOnStart={true} onClose={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: 'This map is live' });
    expect(dialog).toHaveTextContent('The edit link is copied');
    const edit = screen.getByLabelText<HTMLInputElement>('Edit link').value;
    expect(edit).toContain('room=q3-room');
    expect(edit).not.toContain('mode=view');
    expect(screen.getByLabelText<HTMLInputElement>('View-only link').value).toBe(`${edit}&mode=view`);
    await user.click(screen.getAllByRole('button', { name: 'Copy' })[1]!);
    expect(writeText).toHaveBeenCalledWith(`${edit}&mode=view`);
    expect(await screen.findByRole('button', { name: 'Copied' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Leave live session' }));
    expect(calls.leave).toHaveBeenCalled();
  });

  it('offers only the view-only link to someone who has only that one', () => {
    const { session } = fakeSession({}, { room: 'q3-room', sync: 'ws://127.0.0.1:1234', mode: 'view' });
    render(<LinksDialog session={session} yourName="Ada" copiedOnStart={null} onClose={() => {}} />);
    expect(screen.queryByLabelText('Edit link')).toBeNull();
    expect(screen.getByLabelText('View-only link')).toBeInTheDocument();
  });

  it('keeps the name people see', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    const { session, calls } = fakeSession();
    render(<LinksDialog session={session} yourName="Guest 417" copiedOnStart={null} onClose={onClose} />);
    const name = screen.getByLabelText('Your name, as others see it');
    await user.clear(name);
    await user.type(name, 'Grace{Enter}');
    expect(calls.setName).toHaveBeenLastCalledWith('Grace');
    expect(onClose).toHaveBeenCalled();
  });
});

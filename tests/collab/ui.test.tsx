// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { showLivePanel } from '../../src/collab/liveSlot';
import type { Person } from '../../src/collab/presence';
import type { RoomLink } from '../../src/collab/doc/roomLink';
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

const token = (scope: string) =>
  `${Buffer.from(JSON.stringify({ room: 'q3-room', scope, exp: 2_000_000_000 })).toString('base64url')}.sig-${scope}`;
const EDIT_LINK: RoomLink = { room: 'q3-room', sync: 'ws://127.0.0.1:1234', token: token('edit'), mode: 'edit' };
const VIEW_LINK: RoomLink = { ...EDIT_LINK, token: token('view'), mode: 'view' };

/** A live session with the parts these components use; the rest is not reached. */
function fakeSession(view: Partial<LiveView> = {}, link: RoomLink = EDIT_LINK) {
  const full: LiveView = { link, status: 'connected', joined: true, people: [], following: null, refused: null, ...view };
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

/** The sync server's POST /links, answering with the room's links (or an error). */
function serverLinks(answer: { status: number; body: unknown }) {
  const calls: { url: string; authorization: string | null }[] = [];
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (url, init) => {
    calls.push({ url: String(url), authorization: new Headers(init?.headers).get('Authorization') });
    return new Response(JSON.stringify(answer.body), { status: answer.status });
  });
  return calls;
}

describe('the links dialog', () => {
  afterEach(() => vi.restoreAllMocks());

  it('gives the edit link and the view-only link the server signs, copies them, and leaves', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    const asked = serverLinks({
      status: 200,
      body: { room: 'q3-room', edit: token('edit'), view: token('view'), expiresAt: '2033-05-18T00:00:00Z', empty: false },
    });
    const { session, calls } = fakeSession();
    render(<LinksDialog session={session} yourName="Ada" copiedOnStart={true} onClose={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: 'This map is live' });
    expect(dialog).toHaveTextContent('The edit link is copied');
    const edit = screen.getByLabelText<HTMLInputElement>('Edit link').value;
    expect(edit).toContain('room=q3-room');
    expect(edit).toContain(`token=${token('edit')}`);
    const view = (await screen.findByLabelText<HTMLInputElement>('View-only link')).value;
    expect(view).toContain(`token=${token('view')}`);
    expect(view).not.toContain(token('edit'));
    expect(asked).toEqual([{ url: 'http://127.0.0.1:1234/links', authorization: `Bearer ${token('edit')}` }]);
    await user.click(screen.getAllByRole('button', { name: 'Copy' })[1]!);
    expect(writeText).toHaveBeenCalledWith(view);
    expect(await screen.findByRole('button', { name: 'Copied' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Leave live session' }));
    expect(calls.leave).toHaveBeenCalled();
  });

  it('says why there is no view-only link when the server refuses', async () => {
    serverLinks({ status: 403, body: { error: 'This link has expired: ask for a new link.' } });
    const { session } = fakeSession();
    render(<LinksDialog session={session} yourName="Ada" copiedOnStart={null} onClose={() => {}} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('No view-only link: This link has expired');
    expect(screen.queryByLabelText('View-only link')).toBeNull();
  });

  it('offers only the view-only link to someone who has only that one', () => {
    const fetch = vi.spyOn(globalThis, 'fetch');
    const { session } = fakeSession({}, VIEW_LINK);
    render(<LinksDialog session={session} yourName="Ada" copiedOnStart={null} onClose={() => {}} />);
    expect(screen.queryByLabelText('Edit link')).toBeNull();
    expect(screen.getByLabelText<HTMLInputElement>('View-only link').value).toContain(`token=${token('view')}`);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('keeps the name people see', async () => {
    serverLinks({ status: 500, body: {} });
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

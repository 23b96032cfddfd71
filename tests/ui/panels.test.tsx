// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '../../src/domain/analysis/analyze';
import { nodeById } from '../builders';
import { SidePanel } from '../../src/ui/SidePanel';
import { formatLift, formatScore, liftText, percent } from '../../src/ui/shared/words';
import { loadMap, panelLoaded, store, workshopMap } from './helpers';

beforeEach(() => loadMap(workshopMap()));
afterEach(cleanup);

const scoreShown = () =>
  screen.getByRole('heading', { name: 'Obviousness' }).nextElementSibling?.textContent ?? '';

describe('side panel tabs', () => {
  it('shows Score while nothing is selected and the Inspector once something is', async () => {
    render(<SidePanel />);
    expect(screen.getByRole('tab', { name: 'Score' })).toHaveAttribute('aria-selected', 'true');
    act(() => store().select({ nodes: ['cfo'] }));
    // The Inspector's code is fetched now: Score stays shown meanwhile, never a "Loading…" in its place.
    expect(screen.getByRole('tab', { name: 'Inspector' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Obviousness' })).toBeInTheDocument();
    await panelLoaded();
    expect(screen.getByRole('textbox', { name: 'Label' })).toHaveValue('CFO');
    act(() => store().select({}));
    expect(screen.getByRole('tab', { name: 'Score' })).toHaveAttribute('aria-selected', 'true');
  });
});

describe('inspector', () => {
  it('answering a stance goes through the store and the score panel follows', async () => {
    const user = userEvent.setup();
    render(<SidePanel />);
    const before = analyze(store().map).score;
    expect(scoreShown()).toContain(formatScore(before));

    // Legal's stance is unknown: it holds the score down until someone finds out.
    act(() => store().select({ nodes: ['legal'] }));
    await panelLoaded();
    const stance = screen.getByRole('radiogroup', { name: 'Stance' });
    expect(within(stance).getByRole('radio', { name: 'unknown' })).toBeChecked();
    await user.click(within(stance).getByRole('radio', { name: 'supportive' }));

    const legal = nodeById(store().map, 'legal');
    expect(legal.kind === 'approver' && legal.stance).toBe('supportive');
    await user.click(screen.getByRole('tab', { name: 'Score' }));
    const after = analyze(store().map).score;
    expect(after).toBeGreaterThan(before);
    expect(scoreShown()).toContain(formatScore(after));
  });

  it.each([
    [
      'severity',
      'risk',
      'breach',
      'Severity (1–5)',
      '2',
      (n: ReturnType<typeof nodeById>) => n.kind === 'risk' && n.severity === 2,
    ],
    [
      'reduction',
      'risk',
      'breach',
      'Reduction',
      'partial',
      (n: ReturnType<typeof nodeById>) => n.kind === 'risk' && n.reduction === 'partial',
    ],
    [
      'status',
      'proof',
      'soc2',
      'Status',
      'verified',
      (n: ReturnType<typeof nodeById>) => n.kind === 'proof' && n.status === 'verified',
    ],
    [
      'influence',
      'approver',
      'legal',
      'Influence (1–5)',
      '1',
      (n: ReturnType<typeof nodeById>) => n.kind === 'approver' && n.influence === 1,
    ],
  ])('edits the %s of a %s with a segmented radio group', async (_field, _kind, id, group, option, check) => {
    const user = userEvent.setup();
    render(<SidePanel />);
    act(() => store().select({ nodes: [id] }));
    await panelLoaded();
    await user.click(
      within(screen.getByRole('radiogroup', { name: group })).getByRole('radio', { name: option }),
    );
    expect(check(nodeById(store().map, id))).toBe(true);
  });

  it('toggles veto and changes the role', async () => {
    const user = userEvent.setup();
    render(<SidePanel />);
    act(() => store().select({ nodes: ['legal'] }));
    await panelLoaded();
    await user.click(screen.getByRole('checkbox', { name: /Veto/ }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Role' }), 'legal');
    const legal = nodeById(store().map, 'legal');
    expect(legal.kind === 'approver' && [legal.veto, legal.role]).toEqual([true, 'legal']);
  });

  it('refuses an empty label with a message beside the field and keeps the map', async () => {
    const user = userEvent.setup();
    render(<SidePanel />);
    act(() => store().select({ nodes: ['cfo'] }));
    await panelLoaded();
    const before = store().map;
    const label = screen.getByRole('textbox', { name: 'Label' });
    await user.clear(label);
    await user.keyboard('{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent(/empty/i);
    expect(store().map).toBe(before);
    await user.type(label, 'Chief financial officer{Enter}');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(nodeById(store().map, 'cfo').label).toBe('Chief financial officer');
  });

  it('adds evidence and refuses a link that is not http(s)', async () => {
    const user = userEvent.setup();
    render(<SidePanel />);
    act(() => store().select({ nodes: ['soc2'] }));
    await panelLoaded();
    await user.click(screen.getByRole('button', { name: 'Add evidence' }));
    await user.type(screen.getByRole('textbox', { name: 'Evidence 1' }), 'Auditor letter{Enter}');
    const link = screen.getByRole('textbox', { name: 'Link (http or https)' });
    await user.type(link, 'javascript:alert(1){Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent(/http/);
    expect(nodeById(store().map, 'soc2').evidence).toEqual([
      { text: 'Auditor letter', source: 'unspecified' },
    ]);
    expect(screen.queryByRole('link')).toBeNull();

    await user.clear(link);
    await user.type(link, 'https://example.com/soc2{Enter}');
    const shown = screen.getByRole('link', { name: 'https://example.com/soc2' });
    expect(shown).toHaveAttribute('rel', 'noopener noreferrer');
    expect(shown).toHaveAttribute('target', '_blank');
  });

  it('shows a link with its kind and ends, and deletes it', async () => {
    const user = userEvent.setup();
    render(<SidePanel />);
    const edge = store().map.edges.find((e) => e.kind === 'requires');
    act(() => store().select({ edges: [edge?.id ?? ''] }));
    await panelLoaded();
    expect(screen.getByRole('heading', { name: 'Link: requires' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Approver: CFO' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Proof: SOC 2 Type II report' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Delete link' }));
    expect(store().map.edges.some((e) => e.kind === 'requires')).toBe(false);
  });
});

describe('score panel', () => {
  it('names the constraint with its lift, the band, the first find-out, every driver and every open question', async () => {
    render(<SidePanel />);
    const analysis = analyze(store().map);
    expect(analysis.constraint).not.toBeNull();
    const constraint = nodeById(store().map, analysis.constraint ?? '');
    const button = screen.getByRole('button', { name: /if resolved/ });
    expect(button).toHaveTextContent(constraint.label);
    expect(button).toHaveTextContent(liftText(analysis.lifts[constraint.id] ?? 0));
    expect(screen.getByText(/once the open question is answered/)).toHaveTextContent(
      formatScore(analysis.band.high),
    );

    const findOut = analysis.findOut[0]!;
    const findOutButton = screen.getByRole('button', { name: /if the answer comes back halfway/ });
    expect(findOutButton).toHaveTextContent(findOut.question);
    expect(findOutButton).toHaveTextContent(formatLift(findOut.value));

    const drivers = within(
      screen.getByRole('heading', { name: /Drivers/ }).parentElement as HTMLElement,
    ).getAllByRole('listitem');
    expect(drivers).toHaveLength(analysis.drivers.length);
    expect(drivers[0]).toHaveTextContent(liftText(analysis.drivers[0]?.lift ?? 0));

    for (const question of analysis.openQuestions)
      expect(screen.getAllByText(question.question).length).toBeGreaterThan(0);
    const readiness = within(
      screen.getByRole('heading', { name: /Approvers/ }).parentElement as HTMLElement,
    ).getAllByRole('listitem');
    expect(readiness.map((row) => row.textContent)).toEqual(
      analysis.approvers.map((a) => expect.stringContaining(percent(a.readiness)) as unknown as string),
    );
  });

  it('clicking the constraint selects it and asks the canvas to centre on it', async () => {
    const user = userEvent.setup();
    render(<SidePanel />);
    const { constraint } = analyze(store().map);
    await user.click(screen.getByRole('button', { name: /lift .* if resolved/ }));
    expect(store().selection.nodes).toEqual([constraint]);
    expect(store().centerRequest?.id).toBe(constraint);
  });

  it('clicking an open question selects its node', async () => {
    const user = userEvent.setup();
    render(<SidePanel />);
    const question = analyze(store().map).openQuestions.find((q) => q.id === 'legal');
    expect(question).toBeDefined();
    // Legal's stance is the first find-out: its button says what the answer is worth.
    await user.click(
      screen.getAllByRole('button', { name: new RegExp(question?.question.replace(/[?']/g, '.') ?? '') })[0]!,
    );
    expect(store().selection.nodes).toEqual(['legal']);
  });

  it('explains the score in a disclosure', async () => {
    render(<SidePanel />);
    const summary = screen.getByText('How the score works');
    expect(summary.closest('details')).not.toBeNull();
    await userEvent.setup().click(summary);
    expect(await screen.findByText(/weakest veto holder governs/, {}, { timeout: 8000 })).toBeVisible();
  });
});

describe('plan panel', () => {
  it('shows the ceiling, every plan item’s verdict and the gaps', async () => {
    const user = userEvent.setup();
    render(<SidePanel />);
    await user.click(screen.getByRole('tab', { name: /Plan/ }));
    await panelLoaded();
    const analysis = analyze(store().map);
    const sentence = screen.getByText(/Even if every plan item succeeds, the decision is/);
    expect(sentence).toHaveTextContent(`${formatScore(analysis.plan.ceiling)} / 100`);
    expect(sentence).toHaveTextContent(formatScore(analysis.plan.ceilingBand.low));
    const rows = screen.getAllByRole('listitem').filter((li) => li.classList.contains('plan-row'));
    const verdictOf = (title: string) =>
      rows.find((li) => li.textContent?.includes(title))?.querySelector('.verdict')?.textContent ?? '';
    expect(verdictOf('Hire 6 enterprise AEs')).toBe('Internal logic');
    expect(verdictOf('Get the SOC 2 audit done')).toBe('High leverage');
    const gaps = within(
      screen.getByRole('heading', { name: /Gaps/ }).parentElement as HTMLElement,
    ).queryAllByRole('listitem');
    expect(gaps).toHaveLength(analysis.plan.gaps.length);
  });

  it('warns loudest when no plan item addresses the constraint', async () => {
    const user = userEvent.setup();
    const map = workshopMap();
    loadMap({ ...map, plan: map.plan.filter((p) => p.id !== 'audit') });
    render(<SidePanel />);
    await user.click(screen.getByRole('tab', { name: /Plan/ }));
    await panelLoaded();
    const { constraint, plan } = analyze(store().map);
    expect(plan.gaps).toContain(constraint);
    expect(screen.getByText('No plan item addresses the constraint')).toBeInTheDocument();
  });

  it('adds a plan item and links it to a node from the checklist', async () => {
    const user = userEvent.setup();
    render(<SidePanel />);
    await user.click(screen.getByRole('tab', { name: /Plan/ }));
    await panelLoaded();
    await user.click(screen.getByRole('button', { name: 'Add plan item' }));
    const added = store().map.plan.at(-1);
    expect(added?.addresses).toEqual([]);
    await user.click(screen.getByText('Choose from a list'));
    await user.click(screen.getByRole('checkbox', { name: 'Legal counsel' }));
    expect(store().map.plan.at(-1)?.addresses).toEqual(['legal']);
    await user.click(screen.getByRole('button', { name: 'Pick on canvas' }));
    expect(store().pickingFor).toBe(added?.id);
  });
});

describe('map panel', () => {
  it('edits the map fields', async () => {
    const user = userEvent.setup();
    render(<SidePanel />);
    await user.click(screen.getByRole('tab', { name: 'Map' }));
    await panelLoaded();
    const period = screen.getByRole('textbox', { name: /Period/ });
    await user.clear(period);
    await user.type(period, '2026-Q4{Enter}');
    expect(store().map.period).toBe('2026-Q4');
  });
});

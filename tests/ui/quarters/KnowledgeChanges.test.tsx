// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../../src/domain/analysis/analyze';
import { diff } from '../../../src/domain/diff/diff';
import { startNextQuarter } from '../../../src/domain/quarters/startNextQuarter';
import type { Evidence } from '../../../src/domain/records/common';
import type { DecisionMap } from '../../../src/domain/records/map';
import { QuartersView } from '../../../src/ui/quarters/QuartersView';
import { appLibraryWith, stopAppLibrary } from '../library/appLibrary';
import { lastQuarter, thisQuarter } from './quarters';

afterEach(() => {
  cleanup();
  stopAppLibrary();
});

const compareView = () => render(<QuartersView view={{ kind: 'compare', fromId: null, toId: null }} />);

const withEvidence = (map: DecisionMap, said: Record<string, Evidence[]>): DecisionMap => ({
  ...map,
  nodes: map.nodes.map((n) => ({ ...n, evidence: [...(n.evidence ?? []), ...(said[n.id] ?? [])] })),
});

/**
 * Last quarter rests on the team's belief, but for research on the rollout risk (current in 2026-Q3).
 * This quarter no state moved: a buyer spoke for the CFO, a deal showed the reference customer missing,
 * and the research on the rollout is now older than two quarters.
 */
function quarters(): [DecisionMap, DecisionMap] {
  const before = withEvidence(lastQuarter(), {
    rollout: [{ text: 'Analyst note on failed rollouts', source: 'research', date: '2026-02-10' }],
    cfo: [{ text: 'We think the CFO doubts it', source: 'team', date: '2026-07-01' }],
  });
  const after = withEvidence(startNextQuarter(before, 'finance-q4'), {
    cfo: [{ text: 'Not before the audit', source: 'buyer', date: '2026-10-05', by: 'Ana' }],
    reference: [{ text: 'Lost Globex: no reference', source: 'deal', date: '2026-09-20' }],
  });
  return [before, after];
}

describe('what the team learned and lost between quarters', () => {
  it('shows coverage moving and each node that gained or lost evidence, though the score stays', async () => {
    const [before, after] = quarters();
    const expected = diff(before, after);
    expect(expected.scoreDelta).toBe(0);
    const coverage = [analyze(before).evidence.coverage, analyze(after).evidence.coverage];
    expect(coverage[1]).toBeGreaterThan(coverage[0]!);
    await appLibraryWith([before, after]);
    compareView();

    const knowledge = await screen.findByRole('region', { name: 'What the team learned and lost' });
    expect(screen.getByTestId('score-delta')).toHaveTextContent('±0 points');
    const [from, to] = coverage.map((c) => `${Math.round(c * 100)}%`);
    expect(
      within(knowledge).getByLabelText(`Evidence coverage ${from} in 2026-Q3, ${to} in 2026-Q4`),
    ).toHaveTextContent(`Coverage ${from} → ${to}`);
    expect(knowledge).toHaveTextContent('2 states now rest on what the market said; 1 state no longer does.');

    const gained = within(knowledge).getByRole('region', { name: 'Knowledge gained' });
    expect(gained).toHaveTextContent('now backed by current market evidence');
    const gainedRows = within(gained).getAllByRole('listitem');
    expect(gainedRows.map((row) => row.textContent)).toEqual([
      expect.stringContaining('CFO: now backed by what a buyer said (was assumed)'),
      expect.stringContaining('Reference customer: now backed by what a deal showed (was assumed)'),
    ]);
    expect(gainedRows[0]).toHaveTextContent(/^Evidenced/);

    const lost = within(knowledge).getByRole('region', { name: 'Knowledge lost' });
    expect(within(lost).getByRole('listitem')).toHaveTextContent(
      /Stale.*Failed rollout: its market evidence is now older than two quarters \(was backed by current market evidence\)/,
    );
    expect(within(knowledge).queryByRole('region', { name: 'Now unknown' })).toBeNull();
  });

  it('says so plainly when no state changed where it comes from', async () => {
    const expected = diff(lastQuarter(), thisQuarter());
    expect(expected.scoreDelta).not.toBe(0);
    expect(expected.evidence.changes).toEqual([]);
    await appLibraryWith([lastQuarter(), thisQuarter()]);
    compareView();
    const knowledge = await screen.findByRole('region', { name: 'What the team learned and lost' });
    expect(knowledge).toHaveTextContent('No state changed where it comes from between 2026-Q3 and 2026-Q4.');
    expect(within(knowledge).queryAllByRole('listitem')).toEqual([]);
  });
});

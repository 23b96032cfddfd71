// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '../../src/domain/analysis/analyze';
import { SidePanel } from '../../src/ui/SidePanel';
import type { DecisionMap } from '../../src/domain/records/map';
import { loadMap, store, workshopMap } from './helpers';

beforeEach(() => loadMap(workshopMap()));
afterEach(cleanup);

describe('the score panel says what the verdict rests on', () => {
  it('shows coverage beside the score, and follows an edit that adds market evidence', () => {
    render(<SidePanel />);
    const shown = () => Math.round(analyze(store().map).evidence.coverage * 100);
    expect(screen.getAllByText(`${shown()}% evidenced`)[0]).toBeInTheDocument();
    const before = shown();
    const heaviest = analyze(store().map).evidence.assumed[0]!;
    act(() => {
      store().updateNode(heaviest, { evidence: [{ text: 'Told us', date: '2026-10-01', source: 'buyer' }] });
    });
    expect(shown()).toBeGreaterThan(before);
    expect(screen.getAllByText(`${shown()}% evidenced`)[0]).toBeInTheDocument();
  });

  it('lists where the deal record disagrees with the map (the sample: a friction marked removed keeps stalling deals)', () => {
    const file = JSON.parse(readFileSync('public/sample-map.json', 'utf8')) as { map: DecisionMap };
    loadMap(file.map);
    render(<SidePanel />);
    expect(screen.getByRole('heading', { name: 'What the deals say' })).toBeInTheDocument();
    expect(
      screen.getByText('Marked removed, but 3 of the last 5 lost or undecided deals stalled here.', {
        exact: false,
      }),
    ).toBeInTheDocument();
  });
});

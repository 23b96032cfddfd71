// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../src/domain/analysis/analyze';
import type { DecisionMap } from '../../src/domain/records/map';
import { createFlowNodeBuilder, type FlowNodesInput } from '../../src/ui/flow/buildFlowNodes';
import type { DecisionCardData } from '../../src/ui/flow/flowTypes';
import { DecisionCard } from '../../src/ui/flow/nodes/DecisionCard';
import { makeApprover, makeDeal, makeMap, makeProof, requires } from '../builders';

/** Issue 15: on every card, evidenced / assumed / stale as a mark and a word; the assumptions lens. */

const map: DecisionMap = makeMap({
  period: '2026-Q3',
  nodes: [
    makeApprover({
      id: 'cfo',
      label: 'CFO',
      stance: 'supportive',
      evidence: [{ text: 'Said yes', date: '2026-07-01', source: 'buyer' }],
    }),
    makeApprover({ id: 'it', label: 'IT', stance: 'neutral' }),
    makeProof({
      id: 'soc2',
      label: 'SOC 2',
      status: 'verified',
      evidence: [{ text: 'Old report', date: '2024-01-10', source: 'research' }],
    }),
  ],
  edges: [requires(makeApprover({ id: 'it' }), makeProof({ id: 'soc2' }))],
  deals: [
    makeDeal({ id: 'd1', outcome: 'lost', stalledAt: ['it'] }),
    makeDeal({ id: 'd2', outcome: 'lost', stalledAt: ['it'] }),
    makeDeal({ id: 'd3', outcome: 'no-decision', stalledAt: ['it'] }),
  ],
});

function cards(lens: boolean): Map<string, DecisionCardData & { ariaLabel?: string }> {
  const input: FlowNodesInput = {
    map,
    analysis: analyze(map),
    selectedNodes: new Set(),
    selectedPlanItems: new Set(),
    pickingFor: null,
    measured: new Map(),
    lane: new Map(),
    assumptionsLens: lens,
  };
  const nodes = createFlowNodeBuilder()(input);
  return new Map(
    nodes.flatMap((n) =>
      n.type === 'planItem' ? [] : [[n.id, { ...(n.data as DecisionCardData), ariaLabel: n.ariaLabel }]],
    ),
  );
}

const draw = (data: DecisionCardData) =>
  render(
    <ReactFlowProvider>
      <DecisionCard data={data} selected={false} />
    </ReactFlowProvider>,
  ).container;

afterEach(cleanup);

describe('what each card rests on', () => {
  it('says evidenced, assumed or stale in words beside a mark, and in its accessible name', () => {
    const all = cards(false);
    expect([...all].map(([id, c]) => [id, c.evidence])).toEqual([
      ['cfo', 'evidenced'],
      ['it', 'assumed'],
      ['soc2', 'stale'],
    ]);
    for (const [word, id] of [
      ['Evidenced', 'cfo'],
      ['Assumed', 'it'],
      ['Stale', 'soc2'],
    ] as const) {
      const mark = draw(all.get(id)!).querySelector('.evidence-mark');
      expect(mark?.textContent).toBe(word);
      expect(mark?.querySelector('svg')).not.toBeNull();
    }
    expect(all.get('it')!.ariaLabel).toContain('assumed by the team');
  });

  it('shows the deals that stalled at a node, by outcome', () => {
    const it_ = cards(false).get('it')!;
    expect(draw(it_).querySelector('.card__stalls')?.textContent).toBe('Stalled: 2 lost, 1 no decision');
    expect(draw(cards(false).get('cfo')!).querySelector('.card__stalls')).toBeNull();
  });

  it('with the lens on, the evidenced cards step back and only those', () => {
    expect([...cards(false).values()].some((c) => c.quiet)).toBe(false);
    const lens = cards(true);
    expect([...lens].filter(([, c]) => c.quiet).map(([id]) => id)).toEqual(['cfo']);
    expect(draw(lens.get('cfo')!).querySelector('.card')?.classList).toContain('card--quiet');
    expect(draw(lens.get('it')!).querySelector('.card')?.classList).toContain('card--assumed');
  });
});

import { describe, expect, it } from 'vitest';
import { statusOfEvidence } from '../../../src/domain/analysis/evidence';
import { updateNode } from '../../../src/domain/edits/mapEdits';
import { LIMITS } from '../../../src/domain/limits';
import { mapSchema } from '../../../src/domain/records/map';
import { localDate, roundEvidence, settlePatch } from '../../../src/domain/rounds/settle';
import { spreadFromCounts } from '../../../src/domain/rounds/spread';
import { makeApprover, makeMap, makeRisk, nodeById } from '../../builders';

const cfo = makeApprover({
  id: 'cfo',
  stance: 'unknown',
  evidence: [{ source: 'buyer', text: 'CFO said yes on a call', date: '2026-11-02' }],
});
const split = spreadFromCounts(cfo, [0, 0, 3, 2, 1, 0]);

describe('settling a node after a round', () => {
  it('records the round as the room’s estimate, never as the market’s word', () => {
    expect(roundEvidence(split, 'skeptical', '2026-12-05')).toEqual({
      source: 'team',
      text: "room estimate 2026-12-05: 3 skeptical, 2 neutral, 1 supportive — settled as skeptical; the team's view, not the market's",
      date: '2026-12-05',
    });
    expect(roundEvidence(split, 'unknown', '2026-12-05', 'hands').text).toBe(
      "room estimate (show of hands) 2026-12-05: 3 skeptical, 2 neutral, 1 supportive — left unknown: a find-out; the team's view, not the market's",
    );
  });

  it('sets the chosen state and adds the round after the evidence already there, as one valid edit', () => {
    const map = makeMap({ nodes: [cfo] });
    const outcome = settlePatch(cfo, split, 'skeptical', '2026-12-05');
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const edited = updateNode(map, 'cfo', outcome.patch);
    expect(edited.ok).toBe(true);
    if (!edited.ok) return;
    const settled = nodeById(edited.map, 'cfo');
    expect(settled).toMatchObject({ stance: 'skeptical' });
    expect(settled.evidence?.map((e) => e.date)).toEqual(['2026-11-02', '2026-12-05']);
    expect(mapSchema.safeParse(edited.map).success).toBe(true);
  });

  it('a node the room settled, with no word from the market, is still an assumption', () => {
    const bare = makeApprover({ id: 'legal', stance: 'unknown' });
    const outcome = settlePatch(bare, spreadFromCounts(bare, [0, 0, 3, 2, 1, 0]), 'neutral', '2026-12-05');
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const settled = { ...bare, ...outcome.patch } as typeof bare;
    expect(statusOfEvidence(settled, null)).toBe('assumed');
    expect(statusOfEvidence(cfo, null)).toBe('evidenced');
  });

  it('can leave the node unknown: a find-out for the market', () => {
    const outcome = settlePatch(cfo, split, 'unknown', '2026-12-05');
    expect(outcome.ok && outcome.patch).toMatchObject({ stance: 'unknown' });
  });

  it('sets the field each kind keeps its state in', () => {
    const risk = makeRisk({ id: 'breach', reduction: 'none' });
    const outcome = settlePatch(risk, spreadFromCounts(risk, [0, 1, 2, 0]), 'partial', '2026-12-05');
    expect(outcome.ok && outcome.patch).toMatchObject({ reduction: 'partial' });
  });

  it('refuses a state the node cannot take, an empty round, another node’s spread and full evidence', () => {
    expect(settlePatch(cfo, split, 'verified', '2026-12-05')).toMatchObject({ ok: false });
    expect(settlePatch(cfo, spreadFromCounts(cfo, []), 'neutral', '2026-12-05')).toMatchObject({
      ok: false,
      message: 'Nobody answered: there is nothing to record.',
    });
    const other = makeApprover({ id: 'legal' });
    expect(settlePatch(other, split, 'neutral', '2026-12-05')).toMatchObject({ ok: false });
    const full = makeApprover({
      id: 'cfo',
      evidence: Array.from({ length: LIMITS.evidenceItems }, (_, i) => ({
        source: 'buyer' as const,
        text: `call ${i}`,
      })),
    });
    expect(settlePatch(full, split, 'neutral', '2026-12-05')).toMatchObject({ ok: false });
  });

  it('dates the round by the room’s own day', () => {
    expect(localDate(new Date(2026, 11, 5, 23, 30))).toBe('2026-12-05');
  });
});

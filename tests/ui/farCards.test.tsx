// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import { afterEach, describe, expect, it } from 'vitest';
import { estimatedCardHeight, roughMeasure, type MeasureText } from '../../src/ui/flow/cardSize';
import { expectedFitZoom, FarContext } from '../../src/ui/flow/levelOfDetail';
import { DecisionCard } from '../../src/ui/flow/nodes/DecisionCard';
import { makeApprover, makeProof, makeRisk } from '../builders';

/** Text as wide as its length in pixels: makes the line arithmetic easy to follow. */
const pixelPerChar: MeasureText = (text) => text.length;

describe('a card’s height, worked out without drawing it', () => {
  it('grows by a label line when the label does not fit on one (and stops at two)', () => {
    const short = estimatedCardHeight(
      makeProof({ label: 'x'.repeat(200) }),
      { readiness: null, stalls: null },
      pixelPerChar,
    );
    const long = estimatedCardHeight(
      makeProof({ label: 'x'.repeat(300) }),
      { readiness: null, stalls: null },
      pixelPerChar,
    );
    const veryLong = estimatedCardHeight(
      makeProof({ label: 'x'.repeat(3000) }),
      { readiness: null, stalls: null },
      pixelPerChar,
    );
    expect(Math.abs(long - short - 26.5)).toBeLessThanOrEqual(1);
    expect(veryLong).toBe(long);
  });

  it('grows by a state line when the state, its meter and the readiness do not fit on one', () => {
    const approver = makeApprover({ label: 'CFO', stance: 'supportive' });
    const narrow = estimatedCardHeight(approver, { readiness: 48, stalls: null }, () => 120);
    const wide = estimatedCardHeight(approver, { readiness: 48, stalls: null }, () => 10);
    expect(Math.abs(narrow - wide - 25.5)).toBeLessThanOrEqual(1);
  });

  it('counts the VETO badge, and matches the heights measured in Chromium for typical cards', () => {
    const plain = estimatedCardHeight(
      makeApprover({ veto: false }),
      { readiness: 50, stalls: null },
      roughMeasure,
    );
    const veto = estimatedCardHeight(
      makeApprover({ veto: true }),
      { readiness: 50, stalls: null },
      roughMeasure,
    );
    expect(veto - plain).toBe(2);
    // Measured in Chromium (1920×1080): a proof with a two-line label and a one-line state is 125 px,
    // a risk with a two-line label and its severity on a second line 150 px.
    const proof = makeProof({ label: 'Payback within 12 months on licence cost', status: 'verified' });
    expect(estimatedCardHeight(proof, { readiness: null, stalls: null }, roughMeasure)).toBe(125);
    const risk = makeRisk({
      label: 'Auditors raise a finding on the new tool',
      reduction: 'partial',
      severity: 3,
    });
    expect(estimatedCardHeight(risk, { readiness: null, stalls: null }, roughMeasure)).toBe(150);
  });
});

describe('a card where deals stalled', () => {
  const proof = makeProof({ label: 'SOC 2 report', status: 'missing' });
  const plain = estimatedCardHeight(proof, { readiness: null, stalls: null }, pixelPerChar);

  it('is taller by the "Stalled:" line, so the layout leaves room for it', () => {
    const stalls = { won: 0, lost: 3, 'no-decision': 1, open: 0 };
    // "Stalled: 3 lost, 1 no decision" is 31 px wide here: one line (22.4 px) and its 6 px of space.
    expect(
      Math.abs(estimatedCardHeight(proof, { readiness: null, stalls }, pixelPerChar) - plain - 28.4),
    ).toBeLessThanOrEqual(1);
  });

  it('is taller by two lines when the outcomes do not fit on one', () => {
    const stalls = { won: 0, lost: 3, 'no-decision': 1, open: 0 };
    const wrapping: MeasureText = (text, font) => (font.size === 16 ? 1000 : text.length);
    expect(
      Math.abs(estimatedCardHeight(proof, { readiness: null, stalls }, wrapping) - plain - 50.8),
    ).toBeLessThanOrEqual(1);
  });
});

describe('how far out a map will fit', () => {
  it('divides the pane by the map’s extent (with the fit’s padding), at most 1.2', () => {
    const spread = [
      { x: 0, y: 0 },
      { x: 9720, y: 4850 },
    ];
    expect(expectedFitZoom(spread, { width: 1120, height: 560 })).toBeCloseTo(0.1, 3);
    expect(expectedFitZoom([{ x: 0, y: 0 }], { width: 1920, height: 1080 })).toBe(1.2);
    expect(expectedFitZoom([], { width: 1920, height: 1080 })).toBe(Infinity);
    expect(expectedFitZoom(spread, { width: 0, height: 0 })).toBe(Infinity);
  });
});

describe('a card zoomed far out', () => {
  afterEach(cleanup);
  const data = {
    record: makeRisk({ label: 'Auditors raise a finding', reduction: 'partial', severity: 3 }),
    readiness: null,
    constraint: true,
    findOutFirst: false,
    lift: 4.2,
    picked: null,
    evidence: null,
    stalls: null,
    quiet: false,
  };
  const draw = (far: boolean) =>
    render(
      <ReactFlowProvider>
        <FarContext value={far}>
          <DecisionCard data={data} selected={false} />
        </FarContext>
      </ReactFlowProvider>,
    ).container;

  it('is its kind’s shape at its size, with none of its text', () => {
    const card = draw(true).querySelector<HTMLElement>('.card');
    expect(card?.classList).toContain('card--far');
    expect(card?.classList).toContain('card--risk');
    expect(card?.classList).toContain('card--constraint');
    expect(card?.textContent).toBe('');
    expect(card?.style.height).toMatch(/^\d+px$/);
    expect(card?.querySelectorAll('.react-flow__handle')).toHaveLength(2);
  });

  it('keeps the room of the "Stalled:" line', () => {
    const drawn = (
      stalls: typeof data.stalls | { won: number; lost: number; 'no-decision': number; open: number },
    ) =>
      render(
        <ReactFlowProvider>
          <FarContext value={true}>
            <DecisionCard data={{ ...data, stalls }} selected={false} />
          </FarContext>
        </ReactFlowProvider>,
      ).container.querySelector<HTMLElement>('.card')!.style.height;
    const without = parseFloat(drawn(null));
    const withStalls = parseFloat(drawn({ won: 0, lost: 2, 'no-decision': 0, open: 0 }));
    expect(Math.abs(withStalls - without - 28.4)).toBeLessThanOrEqual(1);
  });

  it('shows everything again up close', () => {
    const card = draw(false).querySelector<HTMLElement>('.card');
    expect(card?.classList).not.toContain('card--far');
    expect(card?.textContent).toContain('Auditors raise a finding');
    expect(card?.textContent).toContain('Constraint');
  });
});

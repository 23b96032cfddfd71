import type { StallCounts } from '../../domain/analysis/dealRecord';
import type { DecisionNode } from '../../domain/records/node';
import type { NodeKind } from '../../domain/records/states';
import { cardStateText, percent, stallWords, stateSteps } from '../shared/words';

/**
 * How tall a decision card is, worked out from its record without drawing it: for the far zoom, where
 * a card is drawn as a plain shape of its size (levelOfDetail.ts) and its text is never laid out. The
 * figures follow canvas.css: a card is 280 px wide; its height is the kind line, one or two label lines
 * (the label stops at two), one or two lines of state (they wrap when the state, its meter and the
 * readiness or severity do not fit on one) and, when deals stalled there, the "Stalled: …" line (it
 * wraps too when the outcomes do not fit on one).
 */
const LABEL_LINE = 26.5;
const STATE_LINE = 25.5;
/** Everything but the label and the state: padding, borders, the kind line (measured in Chromium). */
const FRAME: Record<NodeKind, number> = { approver: 47.5, proof: 46.5, risk: 45.5, friction: 47.5 };
/** The width the label and the state line have (280 px less the shape's and the body's padding). */
const ROOM: Record<NodeKind, number> = { approver: 232, proof: 244, risk: 212, friction: 242 };
const VETO_BADGE = 2;
/** The "Stalled:" line: 16 px at the page's line height 1.4, and its 4 px margin and the body's 2 px gap. */
const STALL_LINE = 22.4;
const STALL_SPACE = 6;
const STALL_FONT = { size: 16, weight: 800 };

const LABEL_FONT = { size: 23, weight: 700 };
const STATE_FONT = { size: 17, weight: 700 };
const STATE_GAP = 8;
const METER_CELL = 17;

/** Text width in pixels: measured with a canvas when the browser has one, else about 0.58 em a character. */
export type MeasureText = (text: string, font: { size: number; weight: number }) => number;

export const roughMeasure: MeasureText = (text, font) => text.length * font.size * 0.58;

let canvasMeasure: MeasureText | null | undefined;

/** The browser's own text measurement with the page's font, or the rough one (no canvas, as in tests). */
export function pageMeasure(): MeasureText {
  if (canvasMeasure !== undefined) return canvasMeasure ?? roughMeasure;
  canvasMeasure = null;
  try {
    const context = document.createElement('canvas').getContext('2d');
    const family = getComputedStyle(document.body).fontFamily || 'sans-serif';
    if (context) {
      canvasMeasure = (text, font) => {
        context.font = `${font.weight} ${font.size}px ${family}`;
        return context.measureText(text).width;
      };
    }
  } catch {
    canvasMeasure = null;
  }
  return canvasMeasure ?? roughMeasure;
}

/** What a card shows besides its record: an approver's readiness, the deals that stalled at the node. */
export interface CardExtras {
  readiness: number | null;
  stalls: StallCounts | null;
}

/** How tall the "Stalled:" line is (0 without stalls): one line, or two when it wraps. */
function stallHeight(kind: NodeKind, stalls: StallCounts | null, measure: MeasureText): number {
  if (stalls === null) return 0;
  const words = stallWords(stalls);
  if (words === '') return 0;
  const lines = measure(`Stalled: ${words}`, STALL_FONT) <= ROOM[kind] ? 1 : 2;
  return STALL_SPACE + lines * STALL_LINE;
}

/** The card's height in pixels for `record`, with its readiness (an approver) and its stalled deals. */
export function estimatedCardHeight(
  record: DecisionNode,
  { readiness, stalls }: CardExtras,
  measure: MeasureText = roughMeasure,
): number {
  const room = ROOM[record.kind];
  const labelLines = measure(record.label, LABEL_FONT) <= room ? 1 : 2;
  const steps = stateSteps(record);
  const aside =
    record.kind === 'approver'
      ? readiness === null
        ? ''
        : `${percent(readiness)} ready`
      : record.kind === 'proof'
        ? ''
        : `severity ${record.severity}/5`;
  const stateWidth =
    measure(cardStateText(record), STATE_FONT) +
    STATE_GAP +
    steps.of * METER_CELL +
    (aside === '' ? 0 : STATE_GAP + measure(aside, STATE_FONT));
  const stateLines = stateWidth <= room ? 1 : 2;
  const veto = record.kind === 'approver' && record.veto ? VETO_BADGE : 0;
  return Math.round(
    FRAME[record.kind] +
      veto +
      labelLines * LABEL_LINE +
      stateLines * STATE_LINE +
      stallHeight(record.kind, stalls, measure),
  );
}

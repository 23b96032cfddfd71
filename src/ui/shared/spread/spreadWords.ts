import type { NodeState } from '../../../domain/records/nodeState';
import type { Spread } from '../../../domain/rounds/spread';

/* The words and colours of a room's spread (SpreadBar, SettleChoices, the round screens). */

/** Dark enough for white text, from worst (red) to best (green); "don't know" is pale grey. */
const SCALE = ['#991b1b', '#b45309', '#52525b', '#15803d', '#14532d'];

export function stateColor(states: readonly NodeState[], index: number): string {
  if (index === 0) return '#e4e4e7';
  const explicit = states.length - 1;
  const step = explicit <= 1 ? 0 : (index - 1) / (explicit - 1);
  return SCALE[Math.round(step * (SCALE.length - 1))] ?? '#52525b';
}

export const stateWord = (state: NodeState): string => (state === 'unknown' ? "don't know" : state);

/** How far apart the room is, in words a room reads: split, apart, close, agreed. */
export function disagreementWords(spread: Spread): string {
  if (spread.answered === 0) return 'Nobody answered';
  if (spread.disagreement >= 1.5) return 'The room is split';
  if (spread.disagreement >= 0.75) return 'The room is far apart';
  if (spread.disagreement > 0) return 'The room is close';
  return (spread.counts[0] ?? 0) === spread.answered ? 'Nobody knows' : 'The room agrees';
}

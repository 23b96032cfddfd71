import type { DecisionMap } from '../domain/records/map';
import { safeLine } from './terminalText';

/** A score or lift as people read it: one decimal, no trailing ".0" (37.5, 41, 0). */
export function points(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** A change in points with its sign: "+12", "-3.5", "0". */
export function signedPoints(value: number): string {
  const shown = points(value);
  return value > 0 && shown !== '0' ? `+${shown}` : shown;
}

/** A lift or contribution for a column: always one decimal and a sign, so the points line up ("+5.0", "-0.4"). */
export function signedColumn(value: number): string {
  const fixed = (Math.round(value * 10) / 10).toFixed(1);
  return value > 0 && fixed !== '0.0' ? `+${fixed}` : fixed === '-0.0' ? '0.0' : fixed;
}

/** `"1 map"`, `"3 maps"`. */
export const count = (n: number, one: string, many = `${one}s`): string =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** Labels of a map's nodes and titles of its plan items by id, safe to print on one line. */
export function namesOf(map: DecisionMap): (id: string) => string {
  const names = new Map<string, string>();
  for (const node of map.nodes)
    names.set(node.id, `${safeLine(node.label)} (${node.kind} ${safeLine(node.id)})`);
  for (const item of map.plan) names.set(item.id, `"${safeLine(item.title)}" (${safeLine(item.id)})`);
  return (id) => names.get(id) ?? safeLine(id);
}

/** "Mid-market finance teams — 2026-Q3" */
export function heading(map: Pick<DecisionMap, 'title' | 'period'>): string {
  const period = map.period.trim() === '' ? '' : ` — ${safeLine(map.period)}`;
  return `${safeLine(map.title)}${period}`;
}

/** Rows padded into columns; the last column is not padded. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...all.map((row) => [...(row[column] ?? '')].length)));
  return all.map((row) =>
    row
      .map((cell, column) =>
        column === row.length - 1 ? cell : cell + ' '.repeat((widths[column] ?? 0) - [...cell].length),
      )
      .join('  ')
      .trimEnd(),
  );
}

import type { DecisionMap } from '../records/map';
import { periodStart } from '../quarters/period';

/** Evidence this many months older than the map's period no longer counts as current: two quarters. */
export const STALE_AFTER_MONTHS = 6;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `YYYY-MM-DD` moved back by whole months (the day kept: a bound compared as text, never a date shown). */
function monthsBefore(year: number, month: number, day: string, months: number): string {
  const total = year * 12 + (month - 1) - months;
  return `${pad(Math.floor(total / 12), 4)}-${pad((total % 12) + 1)}-${day}`;
}

/** The newest date the map records: on any evidence, or a deal's close. */
function newestDate(map: DecisionMap): string | null {
  let newest: string | null = null;
  for (const node of map.nodes)
    for (const item of node.evidence ?? [])
      if (item.date !== undefined && (newest === null || item.date > newest)) newest = item.date;
  for (const deal of map.deals ?? [])
    if (deal.closedOn !== undefined && (newest === null || deal.closedOn > newest)) newest = deal.closedOn;
  return newest;
}

/**
 * The first date that still counts as current (`YYYY-MM-DD`): two quarters before the start of the
 * map's period ("2026-Q3" → 2026-01-01). A map whose period is not a period (or empty) is dated by
 * the newest date it records; a map with neither has no cutoff (null), and nothing in it is stale.
 * Dates compare as text: `YYYY-MM-DD` sorts in time order.
 */
export function currentFrom(map: DecisionMap): string | null {
  const start = periodStart(map.period);
  if (start) return monthsBefore(start.year, start.month, '01', STALE_AFTER_MONTHS);
  const newest = newestDate(map);
  if (newest === null) return null;
  return monthsBefore(
    Number(newest.slice(0, 4)),
    Number(newest.slice(5, 7)),
    newest.slice(8, 10),
    STALE_AFTER_MONTHS,
  );
}

/**
 * Which deals an import keeps when a CRM export has more than a map holds (FORMAT.md: 10,000): the
 * newest by close date. A deal without a readable close date counts as oldest. Among deals of the
 * same day, and among deals without a date, the rows earlier in the file are kept. Linear in the
 * deals (plus sorting the distinct days), and the kept deals stay in the file's order.
 */

/** What an over-full file gives up, for the mapping step to say before anything changes. */
export interface LeftOut {
  /** Deals the file holds (rows that read as a deal). */
  read: number;
  kept: number;
  /** Close dates of the kept deals, oldest and newest; null when none of them has one. */
  from: string | null;
  to: string | null;
  /** Deals without a readable close date, in the file and among the kept. */
  undated: number;
  undatedKept: number;
  /** The oldest day kept, when only some of its deals fit: how many it has and how many are kept. */
  split: { date: string; deals: number; kept: number } | null;
}

export function keepNewest<T extends { closedOn?: string | undefined }>(
  deals: readonly T[],
  limit: number,
): { kept: T[]; leftOut: LeftOut | null } {
  if (deals.length <= limit) return { kept: [...deals], leftOut: null };
  const perDay = new Map<string, number>();
  let undated = 0;
  for (const deal of deals) {
    if (deal.closedOn === undefined) undated += 1;
    else perDay.set(deal.closedOn, (perDay.get(deal.closedOn) ?? 0) + 1);
  }
  // How many of each day fit, newest day first ("YYYY-MM-DD" sorts as text).
  const quota = new Map<string, number>();
  let room = limit;
  let split: LeftOut['split'] = null;
  let from: string | null = null;
  const days = [...perDay.keys()].sort().reverse();
  for (const day of days) {
    if (room === 0) break;
    const count = perDay.get(day)!;
    const take = Math.min(count, room);
    quota.set(day, take);
    room -= take;
    from = day;
    if (take < count) split = { date: day, deals: count, kept: take };
  }
  let undatedRoom = room;
  const kept: T[] = [];
  for (const deal of deals) {
    if (deal.closedOn === undefined) {
      if (undatedRoom === 0) continue;
      undatedRoom -= 1;
    } else {
      const left = quota.get(deal.closedOn) ?? 0;
      if (left === 0) continue;
      quota.set(deal.closedOn, left - 1);
    }
    kept.push(deal);
  }
  return {
    kept,
    leftOut: {
      read: deals.length,
      kept: kept.length,
      from,
      to: from === null ? null : days[0]!,
      undated,
      undatedKept: room,
      split,
    },
  };
}

const count = (n: number) => n.toLocaleString('en-US');

/**
 * What will happen, in plain words: "50,000 deals in the file; a map holds 10,000: the newest 10,000
 * (by close date, 2025-03-01 to 2026-11-30) will be imported, 40,000 older ones left out."
 * `dateColumn`: whether a close date column is chosen at all.
 */
export function leftOutWords(leftOut: LeftOut, dateColumn: boolean): string {
  const { read, kept, from, to, undated, undatedKept, split } = leftOut;
  const head = `${count(read)} deals in the file; a map holds ${count(kept)}`;
  const dropped = count(read - kept);
  if (!dateColumn)
    return `${head}. No close date column is chosen, so the first ${count(kept)} rows will be imported and ${dropped} left out: choose the close date column to keep the newest.`;
  if (from === null || to === null)
    return `${head}. None has a readable close date, so the first ${count(kept)} rows will be imported and ${dropped} left out.`;
  const span = from === to ? to : `${from} to ${to}`;
  if (undatedKept > 0)
    return `${head}: all ${count(kept - undatedKept)} with a close date (${span}) and the first ${count(undatedKept)} of the ${count(undated)} without a readable one will be imported; the other ${dropped}, without a close date, are left out.`;
  const parts = [
    `${head}: the newest ${count(kept)} (${from === to ? `closed on ${to}` : `by close date, ${span}`}) will be imported, ${dropped} older ${read - kept === 1 ? 'one' : 'ones'} left out.`,
  ];
  if (split !== null)
    parts.push(
      `Of the ${count(split.deals)} deals closed on ${split.date}, the first ${count(split.kept)} in the file are imported.`,
    );
  if (undated > 0)
    parts.push(
      `${undated === 1 ? 'One deal has' : `${count(undated)} deals have`} no readable close date: counted as oldest, ${undated === 1 ? 'it is' : 'they are'} among those left out.`,
    );
  return parts.join(' ');
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keepNewest, leftOutWords } from '../../../src/domain/deals/newestDeals';
import { noteWords, readDeals, readDealsInSteps } from '../../../src/domain/deals/readDeals';
import { LIMITS } from '../../../src/domain/limits';
import { makeApprover, makeMap } from '../../builders';

/** An export of more deals than a map holds: the newest are kept, and the mapping step says so. */

const dated = (row: number, closedOn?: string) => ({ row, ...(closedOn ? { closedOn } : {}) });
const rowsOf = (deals: readonly { row: number }[]) => deals.map((d) => d.row);

describe('keeping the newest deals', () => {
  it('keeps the newest in the file order; of the oldest day kept, the rows earlier in the file', () => {
    const deals = [
      dated(1, '2026-01-10'),
      dated(2, '2026-03-01'),
      dated(3, '2026-01-10'),
      dated(4, '2025-12-31'),
      dated(5, '2026-02-01'),
      dated(6, '2026-01-10'),
    ];
    const { kept, leftOut } = keepNewest(deals, 4);
    expect(rowsOf(kept)).toEqual([1, 2, 3, 5]);
    expect(leftOut).toEqual({
      read: 6,
      kept: 4,
      from: '2026-01-10',
      to: '2026-03-01',
      undated: 0,
      undatedKept: 0,
      split: { date: '2026-01-10', deals: 3, kept: 2 },
    });
  });

  it('counts deals without a close date as oldest: left out first, kept only when the dated ones fit', () => {
    const deals = [dated(1), dated(2, '2026-05-01'), dated(3), dated(4, '2026-04-01'), dated(5)];
    expect(rowsOf(keepNewest(deals, 2).kept)).toEqual([2, 4]);
    expect(keepNewest(deals, 2).leftOut).toMatchObject({ undated: 3, undatedKept: 0, split: null });
    const roomy = keepNewest(deals, 4);
    expect(rowsOf(roomy.kept)).toEqual([1, 2, 3, 4]);
    expect(roomy.leftOut).toMatchObject({ from: '2026-04-01', to: '2026-05-01', undated: 3, undatedKept: 2 });
    // No dates at all (no date column): the first rows of the file.
    expect(rowsOf(keepNewest([dated(1), dated(2), dated(3)], 2).kept)).toEqual([1, 2]);
  });

  it('keeps every deal, and says nothing is left out, when they fit exactly', () => {
    const deals = [dated(1, '2026-01-01'), dated(2), dated(3, '2025-01-01')];
    expect(keepNewest(deals, 3)).toEqual({ kept: deals, leftOut: null });
  });

  it('of any deals, keeps `limit` of them, none older than one left out, in the file order', () => {
    const day = fc.option(fc.constantFrom('2025-06-30', '2026-01-15', '2026-05-02', '2026-08-20'), {
      nil: undefined,
    });
    fc.assert(
      fc.property(fc.array(day, { maxLength: 40 }), fc.integer({ min: 0, max: 40 }), (days, limit) => {
        const deals = days.map((d, i) => dated(i, d));
        const { kept, leftOut } = keepNewest(deals, limit);
        expect(kept).toHaveLength(Math.min(limit, deals.length));
        expect(rowsOf(kept)).toEqual([...rowsOf(kept)].sort((a, b) => a - b));
        const keptRows = new Set(rowsOf(kept));
        const age = (d: { closedOn?: string }) => d.closedOn ?? '';
        const oldestKept = kept.reduce((min, d) => (age(d) < min ? age(d) : min), '9999');
        for (const d of deals) if (!keptRows.has(d.row)) expect(age(d) <= oldestKept).toBe(true);
        expect(leftOut === null).toBe(deals.length <= limit);
      }),
    );
  });
});

describe('an export of more deals than a map holds', () => {
  const map = makeMap({ nodes: [makeApprover({ id: 'cfo', label: 'CFO' })] });
  const columns = { name: 0, outcome: 1, date: 2, stalledAt: 3 };
  /** Row i closes i days after 2020-01-01, so later rows are newer. */
  const dayOf = (i: number) => new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
  const exportOf = (count: number) =>
    Array.from({ length: count }, (_, i) => [`D${i + 1}`, 'lost', dayOf(i), 'cfo']);

  it('reads a slice at a time when asked, to the same reading', () => {
    const rows = exportOf(10_500);
    const steps = readDealsInSteps(rows, columns, map, 1_000);
    let pauses = 0;
    let step = steps.next();
    while (!step.done) {
      pauses += 1;
      step = steps.next();
    }
    // 10 pauses over the 10,500 rows, one before choosing the newest, 9 over the 10,000 kept.
    expect(pauses).toBe(20);
    expect(step.value).toEqual(readDeals(rows, columns, map));
  });

  it('imports exactly 10,000 deals whole', () => {
    const reading = readDeals(exportOf(LIMITS.deals), columns, map);
    expect(reading.ok && reading.deals.length).toBe(10_000);
    expect(reading.ok && reading.leftOut).toBe(null);
  });

  it('of 10,001, leaves out the oldest and numbers the kept deals afresh', () => {
    const reading = readDeals(exportOf(LIMITS.deals + 1), columns, map);
    if (!reading.ok) throw new Error(reading.message);
    expect(reading.deals).toHaveLength(10_000);
    expect(reading.deals[0]).toEqual({
      id: 'deal-1',
      name: 'D2',
      outcome: 'lost',
      closedOn: dayOf(1),
      stalledAt: ['cfo'],
    });
    expect(reading.deals.at(-1)?.id).toBe('deal-10000');
    expect(leftOutWords(reading.leftOut!, true)).toBe(
      `10,001 deals in the file; a map holds 10,000: the newest 10,000 (by close date, ${dayOf(1)} to ${dayOf(10_000)}) will be imported, 1 older one left out.`,
    );
  });

  // Rows 0, 10, 20… have no date and rows 1, 11, 21… an unreadable one: the newest 10,000 dated deals
  // are rows 37,499 to 49,998 (row 49,999 has an unknown outcome).
  it('of 50,000, says how many have no readable date; notes speak of the kept deals and of rows that are no deal', () => {
    const rows = exportOf(50_000).map((row, i) => {
      if (i % 10 === 0) return [row[0]!, 'lost', '', 'Nobody'];
      if (i % 10 === 1) return [row[0]!, 'lost', '03/04/2026', 'cfo'];
      if (i === 49_999) return [row[0]!, 'maybe', row[2]!, 'cfo'];
      return row;
    });
    const reading = readDeals(rows, columns, map);
    if (!reading.ok) throw new Error(reading.message);
    expect(reading.deals).toHaveLength(10_000);
    expect(reading.deals.every((d) => d.closedOn !== undefined && d.closedOn >= dayOf(37_499))).toBe(true);
    expect(leftOutWords(reading.leftOut!, true)).toBe(
      `49,999 deals in the file; a map holds 10,000: the newest 10,000 (by close date, ${dayOf(37_499)} to ${dayOf(49_998)}) will be imported, 39,999 older ones left out. 10,000 deals have no readable close date: counted as oldest, they are among those left out.`,
    );
    // Every undated deal is left out, so no note speaks of their dates or stalls.
    expect(reading.notes.map((n) => n.kind)).toEqual(['unknown-outcome']);
    expect(noteWords(reading.notes[0]!)).toMatch(/Outcome “maybe” .* \(row 50000\)/);
  });
});

describe('the words of what is left out', () => {
  const base = { read: 50_000, kept: 10_000, undated: 0, undatedKept: 0, split: null };
  it('says when no date column is chosen, or none reads, that the first rows are imported', () => {
    const undated = { ...base, from: null, to: null, undated: 50_000, undatedKept: 10_000 };
    expect(leftOutWords(undated, false)).toBe(
      '50,000 deals in the file; a map holds 10,000. No close date column is chosen, so the first 10,000 rows will be imported and 40,000 left out: choose the close date column to keep the newest.',
    );
    expect(leftOutWords(undated, true)).toMatch(/None has a readable close date, so the first 10,000 rows/);
  });

  it('says which undated deals are kept when the dated ones fit, and how a shared day is split', () => {
    expect(
      leftOutWords(
        { ...base, from: '2025-03-01', to: '2026-11-30', undated: 42_000, undatedKept: 2_000 },
        true,
      ),
    ).toBe(
      '50,000 deals in the file; a map holds 10,000: all 8,000 with a close date (2025-03-01 to 2026-11-30) and the first 2,000 of the 42,000 without a readable one will be imported; the other 40,000, without a close date, are left out.',
    );
    expect(
      leftOutWords(
        {
          ...base,
          from: '2026-11-30',
          to: '2026-11-30',
          undated: 1,
          split: { date: '2026-11-30', deals: 12_000, kept: 10_000 },
        },
        true,
      ),
    ).toBe(
      '50,000 deals in the file; a map holds 10,000: the newest 10,000 (closed on 2026-11-30) will be imported, 40,000 older ones left out. Of the 12,000 deals closed on 2026-11-30, the first 10,000 in the file are imported. One deal has no readable close date: counted as oldest, it is among those left out.',
    );
  });
});

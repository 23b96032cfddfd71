import { useEffect, useMemo, useState } from 'react';
import type { DealColumns } from '../../domain/deals/dealColumns';
import { readDeals, readDealsInSteps, type DealReading } from '../../domain/deals/readDeals';
import type { DecisionMap } from '../../domain/records/map';

/** Up to this many rows are read at once: it takes a few milliseconds. */
const AT_ONCE_ROWS = 5_000;
/** A slice of reading may take this long before the page gets to paint and take input. */
const SLICE_MS = 30;

interface Read {
  rows: readonly (readonly string[])[];
  columns: DealColumns;
  map: DecisionMap;
  reading: DealReading;
}

/**
 * The reading of a CSV's rows with the chosen columns against the map. A large export (a year of a
 * CRM, 50,000 rows) is read a slice per task so the page never freezes; meanwhile this is null.
 */
export function useDealReading(
  rows: readonly (readonly string[])[] | null,
  columns: DealColumns | null,
  map: DecisionMap,
): DealReading | null {
  const small = rows !== null && columns !== null && rows.length <= AT_ONCE_ROWS;
  const atOnce = useMemo(() => (small ? readDeals(rows, columns, map) : null), [small, rows, columns, map]);
  const [read, setRead] = useState<Read | null>(null);
  useEffect(() => {
    if (rows === null || columns === null || rows.length <= AT_ONCE_ROWS) return;
    const steps = readDealsInSteps(rows, columns, map);
    let timer = 0;
    const slice = () => {
      const until = performance.now() + SLICE_MS;
      for (;;) {
        const step = steps.next();
        if (step.done) return setRead({ rows, columns, map, reading: step.value });
        if (performance.now() >= until) break;
      }
      timer = window.setTimeout(slice, 0);
    };
    timer = window.setTimeout(slice, 0);
    return () => window.clearTimeout(timer);
  }, [rows, columns, map]);
  if (atOnce !== null) return atOnce;
  return read !== null && read.rows === rows && read.columns === columns && read.map === map
    ? read.reading
    : null;
}

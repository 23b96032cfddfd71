/** Summaries of a series of step times (milliseconds). */
export interface Summary {
  median: number;
  p95: number;
  max: number;
  count: number;
}

const quantile = (sorted: readonly number[], q: number): number => {
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  const a = sorted[low] ?? Number.NaN;
  const b = sorted[high] ?? Number.NaN;
  return a + (b - a) * (at - low);
};

export function summarize(times: readonly number[]): Summary {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    median: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    max: sorted[sorted.length - 1] ?? Number.NaN,
    count: sorted.length,
  };
}

export const ms = (value: number): string =>
  Number.isNaN(value) ? '—' : value >= 100 ? value.toFixed(0) : value.toFixed(1);

/** Prints rows as a table: the first row is the header; text columns left, numbers right. */
export function printTable(rows: readonly (readonly string[])[], leftColumns: readonly number[]): void {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((row) => (row[c] ?? '').length))) ?? [];
  for (const row of rows) {
    console.log(
      row
        .map((cell, c) =>
          leftColumns.includes(c) ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0),
        )
        .join('  ')
        .trimEnd(),
    );
  }
}

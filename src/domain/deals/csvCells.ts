/**
 * CSV cells as a spreadsheet reads them safely. A cell that starts with = + - @ (or a tab or carriage
 * return, which some spreadsheets skip before looking) would be run as a formula: it is prefixed with
 * an apostrophe, which spreadsheets show as text. Cells with a comma, a quote or a line break are quoted.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export const looksLikeFormula = (value: string): boolean => FORMULA_START.test(value);

export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && looksLikeFormula(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV text (CRLF line ends, as RFC 4180 has them). */
export const toCsv = (rows: readonly (readonly (string | number)[])[]): string =>
  rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';

import Papa from 'papaparse';
import { isUnreadable, NOT_UTF8 } from '../../domain/deals/readDeals';
import { LIMITS } from '../../domain/limits';

/** A CRM export as cells: the header row and the data rows, or why it cannot be read. */
export type CsvTable = { ok: true; header: string[]; rows: string[][] } | { ok: false; message: string };

const CHUNK_BYTES = 512 * 1024;

/**
 * Parses a CSV file with papaparse, a chunk at a time: the file is read in 512 KB slices, each
 * parsed between frames, so a 50,000-row export never freezes the page. Stops early (and says so) on
 * text that is not UTF-8 or on more rows than a map holds; refuses a file larger than a map file may be.
 */
export function parseDealsCsv(file: Blob): Promise<CsvTable> {
  if (file.size > LIMITS.fileBytes)
    return Promise.resolve({
      ok: false,
      message: `This file is ${(file.size / 1024 / 1024).toFixed(1)} MB; a deal export may be at most ${LIMITS.fileBytes / 1024 / 1024} MB. Export fewer deals (one market, the last quarters).`,
    });
  return new Promise((resolve) => {
    const all: string[][] = [];
    let refusal: string | null = null;
    let first = true;
    Papa.parse<string[]>(file as File, {
      chunkSize: CHUNK_BYTES,
      skipEmptyLines: 'greedy',
      chunk: (results, parser) => {
        for (const row of results.data) {
          if (row.some(isUnreadable)) {
            refusal = NOT_UTF8;
            break;
          }
          // A byte order mark left on the first header (papaparse strips it from strings, not always from files).
          if (first && row[0]?.charCodeAt(0) === 0xfeff) row[0] = row[0].slice(1);
          first = false;
          all.push(row);
        }
        if (refusal === null && all.length > LIMITS.deals + 1)
          refusal = `This file has more than ${LIMITS.deals.toLocaleString('en-US')} deals; a map holds at most ${LIMITS.deals.toLocaleString('en-US')}. Export fewer (one market, the last quarters) and import again.`;
        if (refusal !== null) parser.abort();
      },
      complete: () => {
        if (refusal !== null) resolve({ ok: false, message: refusal });
        else if (all.length === 0)
          resolve({ ok: false, message: 'This file is empty: no header row, no deals.' });
        else resolve({ ok: true, header: all[0]!, rows: all.slice(1) });
      },
      error: (error) => resolve({ ok: false, message: `This file cannot be read as CSV: ${error.message}` }),
    });
  });
}

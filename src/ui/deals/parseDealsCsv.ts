import Papa from 'papaparse';
import { IMPORT_ROWS, NOT_UTF8, tooManyRows } from '../../domain/deals/readDeals';
import { LIMITS } from '../../domain/limits';

/** A CRM export as cells: the header row and the data rows, or why it cannot be read. */
export type CsvTable = { ok: true; header: string[]; rows: string[][] } | { ok: false; message: string };

const CHUNK_BYTES = 512 * 1024;

/** Lets the page paint and take input before the next slice of work. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The file's bytes as UTF-8 text, read a slice at a time. One decoder runs across the slices, so a
 * character whose bytes straddle two slices ("ü" is two bytes) is read whole, not as two unreadable
 * halves; a byte that is not UTF-8 (Windows-1252, Latin-1, UTF-16) refuses the file. A byte order
 * mark is dropped.
 */
async function readUtf8(file: Blob, sliceBytes: number): Promise<{ text: string } | { message: string }> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const parts: string[] = [];
  for (let start = 0; start < file.size; start += sliceBytes) {
    let bytes: ArrayBuffer;
    try {
      bytes = await file.slice(start, start + sliceBytes).arrayBuffer();
    } catch {
      return {
        message: 'This file could not be read (it may have been moved or changed while it was read).',
      };
    }
    try {
      parts.push(decoder.decode(bytes, { stream: start + sliceBytes < file.size }));
    } catch {
      return { message: NOT_UTF8 };
    }
  }
  try {
    parts.push(decoder.decode());
  } catch {
    return { message: NOT_UTF8 };
  }
  return { text: parts.join('') };
}

/**
 * Reads a CSV file a slice at a time: the bytes are decoded in 512 KB slices, then papaparse parses
 * the text in 512 KB chunks, each in its own task, so a 50,000-row export never freezes the page.
 * Refuses a file larger than a map file may be (before reading it), text that is not UTF-8, and more
 * rows than an import reads (stopping as soon as it knows; of fewer, the newest deals a map holds are
 * chosen after the columns are mapped).
 */
export async function parseDealsCsv(file: Blob, sliceBytes = CHUNK_BYTES): Promise<CsvTable> {
  if (file.size > LIMITS.fileBytes)
    return {
      ok: false,
      message: `This file is ${(file.size / 1024 / 1024).toFixed(1)} MB; a deal export may be at most ${LIMITS.fileBytes / 1024 / 1024} MB. Export fewer deals (one market, the last quarters).`,
    };
  const read = await readUtf8(file, sliceBytes);
  if (!('text' in read)) return { ok: false, message: read.message };
  const { text } = read;
  return new Promise((resolve) => {
    const all: string[][] = [];
    let refusal: string | null = null;
    Papa.parse<string[]>(text, {
      chunkSize: CHUNK_BYTES,
      skipEmptyLines: 'greedy',
      chunk: (results: Papa.ParseResult<string[]>, parser: Papa.Parser) => {
        for (const row of results.data) all.push(row);
        if (all.length > IMPORT_ROWS + 1) {
          refusal = tooManyRows();
          parser.abort();
          return;
        }
        parser.pause();
        void nextTask().then(() => parser.resume());
      },
      complete: () => {
        if (refusal !== null) resolve({ ok: false, message: refusal });
        else if (all.length === 0)
          resolve({ ok: false, message: 'This file is empty: no header row, no deals.' });
        else resolve({ ok: true, header: all[0]!, rows: all.slice(1) });
      },
    });
  });
}

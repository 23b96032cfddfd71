// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { parseDealsCsv } from '../../src/ui/deals/parseDealsCsv';

/** The CSV door's reading step: bytes to cells, a slice at a time. */

const bytes = (...parts: (string | number[])[]) =>
  new Blob(parts.map((p) => (typeof p === 'string' ? new TextEncoder().encode(p) : new Uint8Array(p))));

describe('reading a CRM export a slice at a time', () => {
  it('reads a character whose bytes straddle two slices whole (not as two unreadable halves)', async () => {
    const text = 'name,outcome\r\nMüller AG,lost\r\nRenée & Søn,won\r\n';
    const split = new TextEncoder().encode(text).indexOf(0xc3) + 1; // between the two bytes of "ü"
    for (const chunkBytes of [split, 3, 7, 1024]) {
      const table = await parseDealsCsv(bytes(text), chunkBytes);
      expect(table, `slices of ${chunkBytes} bytes`).toEqual({
        ok: true,
        header: ['name', 'outcome'],
        rows: [
          ['Müller AG', 'lost'],
          ['Renée & Søn', 'won'],
        ],
      });
    }
  });

  it('reads the same at the real slice size (512 KB), where a CRM export of a few thousand deals splits', async () => {
    const head = 'name,outcome\r\n';
    const filler = 'x'.repeat(512 * 1024 - head.length - 'M'.length - 1);
    // "ü" starts on the last byte of the first slice.
    const text = `${head}M${filler}\u00fcller,lost\r\n`;
    expect(new TextEncoder().encode(text)[512 * 1024 - 1]).toBe(0xc3);
    const table = await parseDealsCsv(bytes(text));
    expect(table.ok && table.rows).toEqual([[`M${filler}üller`, 'lost']]);
  });

  it('keeps a quoted cell across lines as one cell, and drops a byte order mark', async () => {
    const text = '\uFEFFname,stalled\r\n"Acme, Inc.","cfo;\nsoc2"\r\n';
    expect(await parseDealsCsv(bytes(text), 5)).toEqual({
      ok: true,
      header: ['name', 'stalled'],
      rows: [['Acme, Inc.', 'cfo;\nsoc2']],
    });
  });

  it.each([
    ['Windows-1252 text', bytes('name,outcome\r\nM', [0xfc], 'ller,lost\r\n')],
    ['text cut off inside a character', bytes('name,outcome\r\nM', [0xc3])],
    [
      'UTF-16 text with its byte order mark',
      new Blob([new Uint8Array([0xff, 0xfe, 0x6e, 0x00, 0x2c, 0x00])]),
    ],
  ])('refuses %s as not UTF-8', async (_, file) => {
    expect(await parseDealsCsv(file, 4)).toEqual({ ok: false, message: expect.stringMatching(/not UTF-8/) });
  });

  it('reads more rows than a map holds deals (the newest are chosen later), and stops past 100,000', async () => {
    const rows = (count: number) => Array.from({ length: count }, (_, i) => `D${i},lost\r\n`).join('');
    expect(await parseDealsCsv(bytes(`name,outcome\r\n${rows(100_001)}`), 65_536)).toEqual({
      ok: false,
      message: expect.stringMatching(/more than 100,000 rows; an import reads at most 100,000/),
    });
    const table = await parseDealsCsv(bytes(`name,outcome\r\n${rows(50_000)}`), 65_536);
    expect(table.ok && table.rows.length).toBe(50_000);
    expect(table.ok && table.rows.at(-1)).toEqual(['D49999', 'lost']);
  });
});

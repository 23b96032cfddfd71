import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/domain/analysis/analyze';
import { csvCell, toCsv } from '../../../src/domain/deals/csvCells';
import { suggestColumns } from '../../../src/domain/deals/dealColumns';
import { dealRecordCsv, planCoverageCsv } from '../../../src/domain/deals/dealExports';
import { checkCsvText, dateOf, noteWords, readDeals } from '../../../src/domain/deals/readDeals';
import { mapSchema } from '../../../src/domain/records/map';
import { makeApprover, makeDeal, makeMap, makePlanItem, makeProof, requires } from '../../builders';

/** Issue 15: the CSV door. Hostile exports each get a clear note; nothing is guessed. */

const cfo = makeApprover({ id: 'cfo', label: 'CFO' });
const soc2 = makeProof({ id: 'soc2', label: 'SOC 2 report' });
const twinA = makeProof({ id: 'ref-a', label: 'References' });
const twinB = makeProof({ id: 'ref-b', label: 'references ' });
const map = makeMap({ nodes: [cfo, soc2, twinA, twinB], edges: [requires(cfo, soc2)] });
const columns = { name: 0, outcome: 1, date: 2, stalledAt: 3 };

const parse = (text: string) => Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' }).data;

describe('reading deals from a CRM export', () => {
  it('matches stalled-at values by id or label, and reads outcomes and dates', () => {
    const reading = readDeals(
      [
        ['Acme', 'Closed Lost', '2026-08-20', 'cfo; SOC 2 report'],
        ['Globex', 'won', '2026-09-01T10:00:00Z', ''],
        ['Initech', 'No decision', '', 'soc2|soc2'],
      ],
      columns,
      map,
    );
    expect(reading).toEqual({
      ok: true,
      rows: 3,
      notes: [],
      leftOut: null,
      deals: [
        { id: 'deal-1', name: 'Acme', outcome: 'lost', closedOn: '2026-08-20', stalledAt: ['cfo', 'soc2'] },
        { id: 'deal-2', name: 'Globex', outcome: 'won', closedOn: '2026-09-01', stalledAt: [] },
        { id: 'deal-3', name: 'Initech', outcome: 'no-decision', stalledAt: ['soc2'] },
      ],
    });
    if (reading.ok) expect(mapSchema.safeParse({ ...map, deals: reading.deals }).success).toBe(true);
  });

  it.each([
    ['an unknown value', ['A', 'lost', '', 'The board'], 'unmatched-node', /“The board” names no node/],
    [
      'a label two nodes share',
      ['A', 'lost', '', 'References'],
      'ambiguous-label',
      /label of 2 nodes \(ref-a, ref-b\)/,
    ],
    ['an unknown outcome', ['A', 'maybe', '', ''], 'unknown-outcome', /Outcome “maybe” is not won/],
    ['a date in another format', ['A', 'lost', '03/04/2026', ''], 'bad-date', /not YYYY-MM-DD/],
    ['an impossible date', ['A', 'lost', '2026-02-30', ''], 'bad-date', /not YYYY-MM-DD/],
    ['a formula-looking name', ['=HYPERLINK("http://x")', 'lost', '', ''], 'formula-text', /plain text/],
    ['a row without a name', ['', 'lost', '', ''], 'no-name', /without a deal name/],
  ])('leaves out %s with a note that says so', (_, row, kind, words) => {
    const reading = readDeals([row], columns, map);
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.notes.map((n) => n.kind)).toEqual([kind]);
    expect(noteWords(reading.notes[0]!)).toMatch(words);
    // Never guessed: an unknown node is not among where it stalled; an unknown outcome is no deal.
    for (const deal of reading.deals) expect(deal.stalledAt).toEqual([]);
    if (kind === 'unknown-outcome' || kind === 'no-name') expect(reading.deals).toEqual([]);
  });

  it('counts a repeated bad value once, with how often and the first rows', () => {
    const rows = Array.from({ length: 8 }, (_, i) => [`D${i}`, 'lost', '', 'Nobody']);
    const reading = readDeals(rows, columns, map);
    expect(reading.ok && reading.notes).toEqual([
      { kind: 'unmatched-node', value: 'Nobody', rows: [1, 2, 3, 4, 5], count: 8 },
    ]);
  });

  it('refuses 200,000 rows (an import reads 100,000), and a mapping without name or outcome', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => [`D${i}`, 'lost', '', '']);
    const reading = readDeals(rows, columns, map);
    expect(reading).toEqual({
      ok: false,
      message: expect.stringMatching(
        /200,000 rows; an import reads at most 100,000 \(a map holds the newest 10,000 deals\)/,
      ),
    });
    expect(readDeals([['A', 'lost']], { ...columns, outcome: null }, map).ok).toBe(false);
  });

  it('suggests columns from common CRM headers and leaves the rest to the user', () => {
    expect(suggestColumns(['Opportunity Name', 'Stage', 'Close Date', 'Amount', 'Stalled at'])).toEqual({
      name: 0,
      outcome: 1,
      date: 2,
      stalledAt: 4,
    });
    expect(suggestColumns(['foo', 'bar'])).toEqual({
      name: null,
      outcome: null,
      date: null,
      stalledAt: null,
    });
  });

  it('reads dates only as YYYY-MM-DD or ISO date and time', () => {
    expect(
      ['2026-01-31', '2026-01-31T23:00:00+02:00', '31.01.2026', '1/31/2026', '2026-13-01'].map(dateOf),
    ).toEqual(['2026-01-31', '2026-01-31', undefined, undefined, undefined]);
  });
});

describe('text a CSV parser hands over', () => {
  it('strips a byte order mark and refuses text that is not UTF-8', () => {
    expect(checkCsvText('\uFEFFname,outcome')).toEqual({ ok: true, text: 'name,outcome' });
    const latin1 = new TextDecoder('utf-8').decode(new Uint8Array([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72]));
    expect(checkCsvText(latin1)).toEqual({ ok: false, message: expect.stringMatching(/not UTF-8/) });
  });

  it('keeps quoted cells across lines as one cell (papaparse), and the deal reads', () => {
    const rows = parse('name,outcome,date,stalled\r\n"Acme, Inc.","lost",2026-08-20,"cfo;\nsoc2"\r\n');
    expect(rows[1]).toEqual(['Acme, Inc.', 'lost', '2026-08-20', 'cfo;\nsoc2']);
    const reading = readDeals(rows.slice(1), columns, map);
    expect(reading.ok && reading.deals[0]?.stalledAt).toEqual(['cfo', 'soc2']);
  });
});

describe('exports a spreadsheet opens safely', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\t=1'])('escapes %j as text', (value) => {
    expect(csvCell(value).replace(/^"|"$/g, '').startsWith("'")).toBe(true);
  });

  it('quotes commas, quotes and line breaks, and keeps numbers as numbers', () => {
    expect(toCsv([['a,b', 'say "hi"', 'two\nlines', -2.5]])).toBe('"a,b","say ""hi""","two\nlines",-2.5\r\n');
  });

  it('writes the deal record and the plan coverage (plan items × nodes, verdict, lift)', () => {
    const withPlan = {
      ...map,
      plan: [
        makePlanItem({ id: 'audit', title: '=Get audited', addresses: ['soc2', 'cfo'] }),
        makePlanItem({ id: 'idle', title: 'Nothing', addresses: [] }),
      ],
      deals: [
        makeDeal({ id: 'd1', name: '@Acme', outcome: 'lost', closedOn: '2026-08-20', stalledAt: ['cfo'] }),
      ],
    };
    expect(dealRecordCsv(withPlan)).toBe(
      "Deal name,Outcome,Close date,Stalled at (ids),Stalled at (labels)\r\n'@Acme,lost,2026-08-20,cfo,CFO\r\n",
    );
    const coverage = parse(planCoverageCsv(withPlan, analyze(withPlan)));
    expect(coverage.map((r) => [r[0], r[4]])).toEqual([
      ['Plan item', 'Node id'],
      ["'=Get audited", 'soc2'],
      ["'=Get audited", 'cfo'],
      ['Nothing', ''],
    ]);
    const audit = analyze(withPlan).plan.items.find((i) => i.id === 'audit')!;
    expect(coverage[1]?.[3]).toBe(String(audit.lift));
  });
});

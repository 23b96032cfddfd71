import { useState } from 'react';
import {
  DEAL_FIELDS,
  DEAL_FIELD_WORDS,
  suggestColumns,
  type DealColumns,
} from '../../domain/deals/dealColumns';
import { noteWords } from '../../domain/deals/readDeals';
import { LIMITS } from '../../domain/limits';
import type { DecisionMap } from '../../domain/records/map';
import { useWorkbench } from '../shared/appStore';
import { DealsLeftOut } from './DealsLeftOut';
import { parseDealsCsv, type CsvTable } from './parseDealsCsv';
import { useDealReading } from './useDealReading';

type Step =
  | { at: 'choose' }
  | { at: 'reading'; fileName: string }
  | { at: 'refused'; message: string }
  | { at: 'map-columns'; fileName: string; table: Extract<CsvTable, { ok: true }>; columns: DealColumns };

/**
 * Importing a CRM export: choose the file, say which column holds what, see what will be imported
 * and what is left out (and why), then confirm. Nothing changes until "Import".
 */
export function DealImport({ map }: { map: DecisionMap }) {
  const replaceDeals = useWorkbench((s) => s.replaceDeals);
  const setNotice = useWorkbench((s) => s.setNotice);
  const [step, setStep] = useState<Step>({ at: 'choose' });
  const mapping = step.at === 'map-columns' ? step : null;
  // Null while a large export is still being read, a slice at a time.
  const reading = useDealReading(mapping?.table.rows ?? null, mapping?.columns ?? null, map);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setStep({ at: 'reading', fileName: file.name });
    const table = await parseDealsCsv(file);
    setStep(
      table.ok
        ? { at: 'map-columns', fileName: file.name, table, columns: suggestColumns(table.header) }
        : { at: 'refused', message: table.message },
    );
  };

  if (step.at === 'choose' || step.at === 'refused')
    return (
      <div className="deal-import">
        <label className="button deal-import__file">
          Import deals from a CSV…
          <input
            type="file"
            accept=".csv,text/csv"
            aria-label="Deals CSV file"
            className="visually-hidden"
            onChange={(e) => {
              void choose(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </label>
        {step.at === 'refused' && (
          <p className="deal-import__refused" role="alert">
            {step.message} Nothing was imported.
          </p>
        )}
      </div>
    );
  if (step.at === 'reading') return <p role="status">Reading {step.fileName}…</p>;

  const { table, columns } = step;
  const setColumn = (field: keyof DealColumns, value: string) =>
    setStep({ ...step, columns: { ...columns, [field]: value === '' ? null : Number(value) } });
  const confirm = () => {
    if (!reading?.ok) return;
    const result = replaceDeals(reading.deals);
    if (result.ok) {
      setNotice({ tone: 'info', text: `Imported ${reading.deals.length.toLocaleString('en-US')} deals.` });
      setStep({ at: 'choose' });
    } else setStep({ at: 'refused', message: result.message });
  };
  return (
    <form
      className="deal-import deal-import--mapping"
      aria-label="Which column holds what"
      onSubmit={(e) => {
        e.preventDefault();
        confirm();
      }}
    >
      <p>
        {step.fileName}: {table.rows.length.toLocaleString('en-US')}{' '}
        {table.rows.length === 1 ? 'row' : 'rows'}
        {table.rows.length > LIMITS.deals &&
          `; a map holds ${LIMITS.deals.toLocaleString('en-US')} deals, the newest are kept (see below)`}
        . Which column holds what?
      </p>
      {DEAL_FIELDS.map((field) => (
        <label key={field} className="deal-import__column">
          {DEAL_FIELD_WORDS[field]}
          <select value={columns[field] ?? ''} onChange={(e) => setColumn(field, e.target.value)}>
            <option value="">(none)</option>
            {table.header.map((h, i) => (
              <option key={i} value={i}>
                {h === '' ? `Column ${i + 1}` : h}
              </option>
            ))}
          </select>
        </label>
      ))}
      {reading === null ? (
        <p className="deal-import__reading" role="status" aria-busy="true">
          Reading {table.rows.length.toLocaleString('en-US')} rows…
        </p>
      ) : reading.ok ? (
        <>
          <p className="deal-import__summary" role="status">
            {reading.deals.length.toLocaleString('en-US')} deals will replace the{' '}
            {(map.deals ?? []).length.toLocaleString('en-US')} recorded now.
          </p>
          {reading.leftOut && <DealsLeftOut leftOut={reading.leftOut} dateColumn={columns.date !== null} />}
          {reading.notes.length > 0 && (
            <ul className="deal-import__notes" aria-label="Left out or kept with care">
              {reading.notes.slice(0, 30).map((note) => (
                <li key={`${note.kind}-${note.value}`}>{noteWords(note)}</li>
              ))}
              {reading.notes.length > 30 && <li>…and {reading.notes.length - 30} more values.</li>}
            </ul>
          )}
        </>
      ) : (
        <p className="deal-import__refused" role="alert">
          {reading.message}
        </p>
      )}
      {/* Sticky at the foot of the panel: however many notes, Import and Cancel stay in view. */}
      <footer className="deal-import__actions deal-import__footer">
        <button type="submit" className="button" disabled={!reading?.ok}>
          Import {reading?.ok ? reading.deals.length.toLocaleString('en-US') : ''} deals
        </button>
        <button type="button" className="button" onClick={() => setStep({ at: 'choose' })}>
          Cancel
        </button>
      </footer>
    </form>
  );
}

import { totalStalls } from '../../domain/analysis/dealRecord';
import type { Analysis } from '../../domain/analysis/types';
import { dealRecordCsv, planCoverageCsv } from '../../domain/deals/dealExports';
import { mapFileName } from '../../domain/format/mapFileName';
import type { DecisionMap } from '../../domain/records/map';
import type { DecisionNode } from '../../domain/records/node';
import { downloadText } from '../shared/download';
import { stallWords } from '../shared/words';
import { DealImport } from './DealImport';

/** The Deals tab: the deal record, where deals stalled, what it says against the map, import and export. */
export function DealsPanel({
  map,
  analysis,
  nodesById,
  onFocusNode,
}: {
  map: DecisionMap;
  analysis: Analysis;
  nodesById: ReadonlyMap<string, DecisionNode>;
  onFocusNode: (id: string) => void;
}) {
  const deals = map.deals ?? [];
  const by = (outcome: string) => deals.filter((d) => d.outcome === outcome).length;
  const stalled = Object.entries(analysis.stalls)
    .filter(([id]) => nodesById.has(id))
    .sort(([a, x], [b, y]) => totalStalls(y) - totalStalls(x) || a.localeCompare(b))
    .slice(0, 12);
  const base = mapFileName(map).replace(/\.obvious\.json$/, '');
  return (
    <div className="panel deals-panel">
      <h2 className="panel__heading">Deal record</h2>
      {deals.length === 0 ? (
        <p className="deals-panel__count">
          No deals recorded. Import a CRM export to check the map against what deals did.
        </p>
      ) : (
        <p className="deals-panel__count">
          {deals.length.toLocaleString('en-US')} deals: {by('won')} won, {by('lost')} lost,{' '}
          {by('no-decision')} no decision, {by('open')} open.
        </p>
      )}
      <DealImport map={map} />

      {analysis.marketCheck.length > 0 && (
        <section aria-labelledby="deals-market-check">
          <h3 id="deals-market-check">Where the deals disagree with the map</h3>
          <ul>
            {analysis.marketCheck.map((c) => (
              <li key={c.id}>
                <button type="button" className="link-button" onClick={() => onFocusNode(c.id)}>
                  {nodesById.get(c.id)?.label ?? c.id}
                </button>
                : {c.says}
              </li>
            ))}
          </ul>
        </section>
      )}

      {stalled.length > 0 && (
        <section aria-labelledby="deals-stalled">
          <h3 id="deals-stalled">Where deals stalled</h3>
          <ul>
            {stalled.map(([id, counts]) => (
              <li key={id}>
                <button type="button" className="link-button" onClick={() => onFocusNode(id)}>
                  {nodesById.get(id)?.label ?? id}
                </button>
                : {stallWords(counts)}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="deals-export">
        <h3 id="deals-export">Export (CSV)</h3>
        <div className="deals-panel__exports">
          <button
            type="button"
            className="button"
            disabled={deals.length === 0}
            onClick={() => downloadText(`${base}-deals.csv`, dealRecordCsv(map), 'text/csv')}
          >
            Deal record
          </button>
          <button
            type="button"
            className="button"
            disabled={map.plan.length === 0}
            onClick={() =>
              downloadText(`${base}-plan-coverage.csv`, planCoverageCsv(map, analysis), 'text/csv')
            }
          >
            Plan coverage
          </button>
        </div>
      </section>
    </div>
  );
}

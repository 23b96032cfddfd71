import { useId, useMemo, useState } from 'react';
import type { DecisionMap } from '../../domain/records/map';
import { marketGroups, marketHistory } from '../../domain/quarters/marketHistory';
import { useWorkbench } from '../shared/appStore';
import { comparable } from './comparePair';
import { useLibraryMaps } from '../shared/useLibraryMaps';
import { marketGroupName } from '../../domain/quarters/marketGroupName';
import { formatScore } from '../shared/words';
import { HistoryChart } from './HistoryChart';

interface Props {
  /** A map of the market to show (default: the open map's market). */
  mapId: string | null;
  /** Opens a map on the workbench. */
  onOpen: (id: string) => void;
}

/** One market's history: obviousness by period with each period's constraint and plan ceiling. */
export function HistoryView({ mapId, onOpen }: Props) {
  const entries = useWorkbench((s) => s.library.entries);
  const openId = useWorkbench((s) => s.library.openId);
  const groups = useMemo(() => marketGroups(comparable(entries)), [entries]);
  const [chosen, setChosen] = useState<string | null>(mapId ?? openId);
  const group = groups.find((g) => g.some((e) => e.id === chosen)) ?? groups[0] ?? [];
  const { maps, loading } = useLibraryMaps(group.map((e) => e.id));
  const readable = useMemo(() => maps.filter((m): m is DecisionMap => m !== null && m !== undefined), [maps]);
  const history = useMemo(() => (loading ? [] : marketHistory(readable)), [loading, readable]);
  const marketSelect = useId();

  return (
    <div className="history">
      {groups.length > 1 && (
        <div className="history__picker">
          <label htmlFor={marketSelect}>Market</label>
          <select id={marketSelect} value={group[0]?.id ?? ''} onChange={(e) => setChosen(e.target.value)}>
            {groups.map((g) => (
              <option key={g[0]?.id} value={g[0]?.id}>
                {marketGroupName(g)} ({g.length} {g.length === 1 ? 'map' : 'maps'})
              </option>
            ))}
          </select>
        </div>
      )}
      <h2 className="history__heading">{marketGroupName(group)}: obviousness by period</h2>
      <p className="history__legend">
        <span className="history__key history__key--score" aria-hidden="true" /> Obviousness
        <span className="history__key history__key--ceiling" aria-hidden="true" /> Plan ceiling: the score if
        every plan item worked. Below each period: its constraint. Click a period to open that map.
      </p>
      {loading ? (
        <p className="quarters__message">Reading the maps…</p>
      ) : (
        <>
          <div className="history__chart">
            <HistoryChart history={history} openId={openId} onOpen={onOpen} />
          </div>
          <table className="history__table">
            <caption className="visually-hidden">
              {marketGroupName(group)}: each period’s score, constraint and plan ceiling
            </caption>
            <thead>
              <tr>
                <th scope="col">Period</th>
                <th scope="col">Obviousness</th>
                <th scope="col">Constraint</th>
                <th scope="col">Plan ceiling</th>
                <th scope="col">
                  <span className="visually-hidden">Open</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {history.map((entry) => (
                <tr key={entry.id}>
                  <th scope="row">{entry.period || 'No period'}</th>
                  <td className="history__number">{formatScore(entry.score)}</td>
                  <td>{entry.constraintLabel ?? 'none'}</td>
                  <td className="history__number">{formatScore(entry.ceiling)}</td>
                  <td>
                    {entry.id === openId ? (
                      <span className="history__open-now">Open now</span>
                    ) : (
                      <button type="button" className="button button--small" onClick={() => onOpen(entry.id)}>
                        Open {entry.period || entry.title}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {readable.length < group.length && (
            <p className="quarters__message">
              {group.length - readable.length} map(s) of this market could not be opened and are left out.
            </p>
          )}
        </>
      )}
    </div>
  );
}

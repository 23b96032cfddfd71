import { useId, useMemo, useState } from 'react';
import { diff } from '../../domain/diff/diff';
import { useWorkbench } from '../shared/appStore';
import { ChangeLists } from './ChangeLists';
import { CompareSummary } from './CompareSummary';
import { KnowledgeChanges } from './KnowledgeChanges';
import { sideNames } from './changeWords';
import { comparable, defaultPair, entryName } from './comparePair';
import { useLibraryMaps } from '../shared/useLibraryMaps';

interface Props {
  /** The maps to start on; null = this map and the one it is based on. */
  fromId: string | null;
  toId: string | null;
}

/** Compare two maps of the library: the summary a room reads first, what the team learned, then every change. */
export function CompareView({ fromId, toId }: Props) {
  const entries = useWorkbench((s) => s.library.entries);
  const openId = useWorkbench((s) => s.library.openId);
  const choices = useMemo(() => comparable(entries), [entries]);
  const [pair, setPair] = useState(() => {
    const fallback = defaultPair(comparable(entries), openId);
    return { from: fromId ?? fallback.from, to: toId ?? fallback.to };
  });
  const { maps, loading } = useLibraryMaps([pair.from ?? '', pair.to ?? '']);
  const [fromMap, toMap] = maps;
  const result = useMemo(() => (fromMap && toMap ? diff(fromMap, toMap) : null), [fromMap, toMap]);
  const names = fromMap && toMap ? sideNames(fromMap, toMap) : null;
  const fromSelect = useId();
  const toSelect = useId();

  if (choices.length < 2) {
    return (
      <p className="quarters__message">
        The library holds one map. Use <strong>Start next quarter</strong> (or open another map file) to have
        two maps to compare.
      </p>
    );
  }

  return (
    <div className="compare">
      <div className="compare__pickers">
        <label htmlFor={fromSelect}>Before</label>
        <select
          id={fromSelect}
          value={pair.from ?? ''}
          onChange={(e) => setPair({ ...pair, from: e.target.value })}
        >
          {choices.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {entryName(entry)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button"
          aria-label="Swap before and after"
          onClick={() => setPair({ from: pair.to, to: pair.from })}
        >
          ⇄ Swap
        </button>
        <label htmlFor={toSelect}>After</label>
        <select
          id={toSelect}
          value={pair.to ?? ''}
          onChange={(e) => setPair({ ...pair, to: e.target.value })}
        >
          {choices.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {entryName(entry)}
            </option>
          ))}
        </select>
      </div>
      {pair.from === pair.to && <p className="quarters__message">Pick two different maps.</p>}
      {loading && <p className="quarters__message">Reading the maps…</p>}
      {!loading && (fromMap === null || toMap === null) && (
        <p className="quarters__message">
          One of these maps could not be opened: its saved text is kept in the Library.
        </p>
      )}
      {result && fromMap && toMap && names && pair.from !== pair.to && (
        <>
          <CompareSummary diff={result} from={fromMap} to={toMap} names={names} />
          <KnowledgeChanges diff={result} from={fromMap} to={toMap} names={names} />
          <ChangeLists diff={result} from={fromMap} to={toMap} names={names} />
        </>
      )}
    </div>
  );
}

import type { KeyboardEvent } from 'react';
import type { HistoryEntry } from '../../domain/quarters/marketHistory';
import { formatScore } from '../shared/words';
import { wrapLabel } from './wrapLabel';

/*
 * A market's obviousness by period as plain SVG: one column per period (its score, its constraint
 * below it, the plan ceiling beside it as a dashed line). A column is a button that opens that map.
 */

const HEIGHT = 440;
const TOP = 44;
const BOTTOM = 120;
const LEFT = 64;
const RIGHT = 24;
/** The plot is at least this wide, so that a few periods spread over a wide screen. */
const MIN_PLOT_WIDTH = 1100;
const MIN_COLUMN = 190;
const PLOT = HEIGHT - TOP - BOTTOM;

const y = (score: number) => TOP + ((100 - score) / 100) * PLOT;

interface Props {
  history: HistoryEntry[];
  openId: string | null;
  onOpen: (id: string) => void;
}

export function HistoryChart({ history, openId, onOpen }: Props) {
  const column = Math.max(MIN_COLUMN, MIN_PLOT_WIDTH / Math.max(history.length, 1));
  const width = LEFT + RIGHT + column * Math.max(history.length, 1);
  const x = (i: number) => LEFT + column * i + column / 2;
  const points = (value: (e: HistoryEntry) => number) => history.map((e, i) => `${x(i)},${y(value(e))}`).join(' ');
  const onKey = (id: string) => (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(id);
    }
  };
  return (
    <svg
      className="history-chart"
      viewBox={`0 0 ${width} ${HEIGHT}`}
      role="group"
      aria-labelledby="history-chart-title"
      preserveAspectRatio="xMinYMin meet"
    >
      <title id="history-chart-title">
        Obviousness by period:{' '}
        {history.map((e) => `${e.period || 'no period'} ${formatScore(e.score)}`).join(', ')}
      </title>
      {history.map((entry, i) =>
        entry.id === openId ? (
          <rect key={entry.id} className="history-chart__open" x={x(i) - column / 2 + 4} y={8} width={column - 8} height={HEIGHT - 12} rx={10} />
        ) : null,
      )}
      {[0, 25, 50, 75, 100].map((tick) => (
        <g key={tick} className="history-chart__grid">
          <line x1={LEFT} x2={width - RIGHT} y1={y(tick)} y2={y(tick)} />
          <text x={LEFT - 12} y={y(tick) + 6} textAnchor="end">
            {tick}
          </text>
        </g>
      ))}
      {history.length > 1 && (
        <>
          <polyline className="history-chart__ceiling-line" points={points((e) => e.ceiling)} />
          <polyline className="history-chart__score-line" points={points((e) => e.score)} />
        </>
      )}
      {history.map((entry, i) => {
        const open = entry.id === openId;
        const period = entry.period || 'No period';
        const constraint = entry.constraintLabel ?? 'none';
        return (
          <g
            key={entry.id}
            className={open ? 'history-chart__period is-open' : 'history-chart__period'}
            role="button"
            tabIndex={0}
            aria-label={`${open ? 'Open now: ' : 'Open '}${period}: obviousness ${formatScore(entry.score)}, constraint ${constraint}, plan ceiling ${formatScore(entry.ceiling)}`}
            onClick={() => onOpen(entry.id)}
            onKeyDown={onKey(entry.id)}
          >
            <rect className="history-chart__hit" x={x(i) - column / 2 + 4} y={8} width={column - 8} height={HEIGHT - 12} rx={10} />
            <rect
              className="history-chart__ceiling-mark"
              x={x(i) + 14}
              y={y(entry.ceiling) - 7}
              width={14}
              height={14}
            />
            <text className="history-chart__ceiling-text" x={x(i) + 34} y={y(entry.ceiling) + 6}>
              {formatScore(entry.ceiling)}
            </text>
            <circle className="history-chart__score-mark" cx={x(i)} cy={y(entry.score)} r={10} />
            <text className="history-chart__score-text" x={x(i) - 18} y={y(entry.score) + 10} textAnchor="end">
              {formatScore(entry.score)}
            </text>
            <text className="history-chart__period-text" x={x(i)} y={HEIGHT - BOTTOM + 32} textAnchor="middle">
              {period}
            </text>
            {wrapLabel(constraint, Math.floor(column / 10)).map((line, n) => (
              <text
                key={n}
                className="history-chart__constraint-text"
                x={x(i)}
                y={HEIGHT - BOTTOM + 60 + n * 22}
                textAnchor="middle"
              >
                {line}
              </text>
            ))}
          </g>
        );
      })}
    </svg>
  );
}

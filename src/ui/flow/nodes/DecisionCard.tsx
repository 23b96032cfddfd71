import { Handle, Position } from '@xyflow/react';
import type { DecisionNode } from '../../../domain/records/node';
import { Meter } from '../../shared/controls/Meter';
import { EvidenceMark } from '../../shared/EvidenceMark';
import { CheckIcon } from '../../shared/icons';
import { KIND_ICON } from '../../shared/kindIcon';
import { cardStateText, liftText, percent, stallWords, stateOf, stateSteps } from '../../shared/words';
import { KIND_NAME } from '../../../domain/words';
import { estimatedCardHeight, pageMeasure } from '../cardSize';
import type { DecisionCardData } from '../flowTypes';
import { useFar } from '../levelOfDetail';

/**
 * The card every decision node kind shares. Kinds differ by shape (CSS class), colour, icon and
 * the kind name in text, so they stay apart in grayscale and for colour-blind viewers.
 */
export function DecisionCard({ data, selected }: { data: DecisionCardData; selected: boolean }) {
  const { record, readiness, constraint, findOutFirst, lift, picked, evidence, stalls, quiet } = data;
  const Icon = KIND_ICON[record.kind];
  const classes = ['card', `card--${record.kind}`];
  if (record.kind === 'approver' && record.veto) classes.push('card--veto');
  if (selected) classes.push('card--selected');
  if (constraint) classes.push('card--constraint');
  // The first find-out: a dashed frame (its words are in the top bar and the score panel).
  if (findOutFirst) classes.push('card--find-out');
  if (picked === true) classes.push('card--picked');
  if (picked === false) classes.push('card--pickable');
  if (quiet) classes.push('card--quiet');
  if (evidence === 'assumed' || evidence === 'stale') classes.push(`card--${evidence}`);
  if (useFar()) {
    // Zoomed far out: the card's shape in its kind's colour, at its size, and none of its text.
    classes.push('card--far');
    return (
      <div
        className={classes.join(' ')}
        style={{ height: estimatedCardHeight(record, { readiness, stalls }, pageMeasure()) }}
      >
        <Handle type="target" position={Position.Left} className="handle" />
        <div className="card__shape">
          <div className="card__body" />
        </div>
        <Handle type="source" position={Position.Right} className="handle" />
      </div>
    );
  }
  return (
    <div className={classes.join(' ')}>
      {constraint && (
        <div className="card__constraint-tag">
          Constraint{lift !== null && <span className="card__lift"> lift {liftText(lift)}</span>}
        </div>
      )}
      <Handle type="target" position={Position.Left} className="handle" />
      <div className="card__shape">
        <div className="card__body">
          <div className="card__kind">
            <Icon size={20} />
            <span className="card__kind-name">{KIND_NAME[record.kind]}</span>
            {evidence !== null && evidence !== 'find-out' && <EvidenceMark status={evidence} size={16} />}
            {record.kind === 'approver' && record.veto && <span className="card__veto">VETO</span>}
            {picked === true && (
              <span className="card__picked">
                <CheckIcon size={18} /> addressed
              </span>
            )}
          </div>
          <div className="card__label" title={record.label}>
            {record.label}
          </div>
          <StateLine record={record} readiness={readiness} />
          {stalls !== null && <div className="card__stalls">Stalled: {stallWords(stalls)}</div>}
        </div>
      </div>
      <Handle type="source" position={Position.Right} className="handle" />
    </div>
  );
}

function StateLine({ record, readiness }: { record: DecisionNode; readiness: number | null }) {
  const state = stateOf(record);
  const unknown = state.value === 'unknown';
  const steps = stateSteps(record);
  return (
    <div className="card__state">
      <span className={unknown ? 'card__unknown' : undefined}>{cardStateText(record)}</span>
      <Meter filled={steps.filled} segments={steps.of} label={`${state.field} ${state.value}`} />
      {readiness !== null && <span className="card__aside">{percent(readiness)} ready</span>}
      {(record.kind === 'risk' || record.kind === 'friction') && (
        <span className="card__aside">severity {record.severity}/5</span>
      )}
    </div>
  );
}

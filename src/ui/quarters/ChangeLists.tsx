import type { ReactNode } from 'react';
import type { MapDiff, RecordChange } from '../../domain/diff/types';
import type { DecisionMap } from '../../domain/records/map';
import { PlanIcon } from '../shared/icons';
import { KIND_ICON } from '../shared/kindIcon';
import { CATEGORY_NAME, EDGE_VERB } from '../shared/words';
import { KIND_NAME } from '../../domain/words';
import { labelIn, recordChangeWords } from './changeWords';

type Change = 'added' | 'changed' | 'removed';

/** Each kind of change has a word and a shape as well as a colour. */
const MARK: Record<Change, { word: string; shape: ReactNode }> = {
  added: { word: 'New', shape: <path d="M12 5v14M5 12h14" /> },
  changed: { word: 'Changed', shape: <path d="M12 4 3 20h18z" /> },
  removed: { word: 'Removed', shape: <path d="M5 12h14" /> },
};

function ChangeMark({ change }: { change: Change }) {
  return (
    <span className={`change-mark change-mark--${change}`}>
      <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={3} aria-hidden="true" focusable="false">
        {MARK[change].shape}
      </svg>
      {MARK[change].word}
    </span>
  );
}

interface Row {
  key: string;
  change: Change;
  icon: ReactNode;
  kind: string;
  label: string;
  detail: string;
}

function ChangeRows({ title, rows, empty }: { title: string; rows: Row[]; empty: string }) {
  const count = (change: Change) => rows.filter((r) => r.change === change).length;
  return (
    <section className="change-list" aria-label={title}>
      <h3>
        {title}
        <span className="change-list__counts">
          {count('added')} new · {count('changed')} changed · {count('removed')} removed
        </span>
      </h3>
      {rows.length === 0 ? (
        <p className="change-list__empty">{empty}</p>
      ) : (
        <ul>
          {rows.map((row) => (
            <li key={row.key} className={`change change--${row.change}`}>
              <ChangeMark change={row.change} />
              <span className="change__kind">
                {row.icon}
                {row.kind}
              </span>
              <span className="change__label">{row.label}</span>
              {row.detail && <span className="change__detail">{row.detail}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

interface Props {
  diff: MapDiff;
  from: DecisionMap;
  to: DecisionMap;
  names: { from: string; to: string };
}

/** Nodes, links and plan items added, changed and removed, each marked by word, shape and colour. */
export function ChangeLists({ diff, from, to, names }: Props) {
  const label = labelIn([to, from]);
  const nodeIn = (map: DecisionMap, id: string) => map.nodes.find((n) => n.id === id);
  const nodeRow = (id: string, change: Change, detail: string): Row => {
    const node = nodeIn(change === 'removed' ? from : to, id) ?? nodeIn(from, id);
    const Icon = node ? KIND_ICON[node.kind] : null;
    return {
      key: `${change}-${id}`,
      change,
      icon: Icon ? <Icon size={20} className={`change__icon change__icon--${node?.kind}`} /> : null,
      kind: node ? KIND_NAME[node.kind] : '',
      label: node?.label ?? id,
      detail,
    };
  };
  const changedDetail = (change: RecordChange) => recordChangeWords(change, label).join('; ');
  const nodeRows: Row[] = [
    ...diff.nodes.added.map((id) => nodeRow(id, 'added', `only in ${names.to}`)),
    ...diff.nodes.changed.map((c) => nodeRow(c.id, 'changed', changedDetail(c))),
    ...diff.nodes.removed.map((id) => nodeRow(id, 'removed', `only in ${names.from}`)),
  ];

  const edgeRow = (map: DecisionMap, id: string, change: Change): Row | null => {
    const edge = map.edges.find((e) => e.id === id);
    if (!edge) return null;
    return {
      key: `${change}-${id}`,
      change,
      icon: null,
      kind: 'Link',
      label: `${label(edge.source)} ${EDGE_VERB[edge.kind]} ${label(edge.target)}`,
      detail: change === 'added' ? `only in ${names.to}` : `only in ${names.from}`,
    };
  };
  const edgeRows = [
    ...diff.edges.added.map((id) => edgeRow(to, id, 'added')),
    ...diff.edges.removed.map((id) => edgeRow(from, id, 'removed')),
  ].filter((row): row is Row => row !== null);

  const planRow = (map: DecisionMap, id: string, change: Change, detail: string): Row => {
    const item = map.plan.find((p) => p.id === id);
    return {
      key: `${change}-${id}`,
      change,
      icon: <PlanIcon size={20} className="change__icon" />,
      kind: item ? CATEGORY_NAME[item.category] : 'Plan item',
      label: item?.title ?? id,
      detail,
    };
  };
  const planRows: Row[] = [
    ...diff.plan.added.map((id) => planRow(to, id, 'added', `only in ${names.to}`)),
    ...diff.plan.changed.map((c) => planRow(to, c.id, 'changed', changedDetail(c))),
    ...diff.plan.removed.map((id) => planRow(from, id, 'removed', `only in ${names.from}`)),
  ];

  return (
    <div className="change-lists">
      <ChangeRows title="Approvers, proofs, risks and frictions" rows={nodeRows} empty="No node was added, removed or changed." />
      <ChangeRows title="Plan items" rows={planRows} empty="The plan is the same." />
      {edgeRows.length > 0 && <ChangeRows title="Links" rows={edgeRows} empty="" />}
    </div>
  );
}

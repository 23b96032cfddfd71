import { VERDICT_WORDS } from '../analysis/planVerdict';
import type { Analysis } from '../analysis/types';
import type { DecisionMap } from '../records/map';
import { toCsv } from './csvCells';

/** The deal record as CSV: the same four columns the import reads, stalled-at by node label and id. */
export function dealRecordCsv(map: DecisionMap): string {
  const labels = new Map(map.nodes.map((n) => [n.id, n.label]));
  return toCsv([
    ['Deal name', 'Outcome', 'Close date', 'Stalled at (ids)', 'Stalled at (labels)'],
    ...(map.deals ?? []).map((deal) => [
      deal.name,
      deal.outcome,
      deal.closedOn ?? '',
      deal.stalledAt.join('; '),
      deal.stalledAt.map((id) => labels.get(id) ?? id).join('; '),
    ]),
  ]);
}

/**
 * The plan-coverage CSV for planning documents: one row per plan item and node it addresses (an item
 * addressing nothing has one row without a node), with the item's verdict and lift.
 */
export function planCoverageCsv(map: DecisionMap, analysis: Analysis): string {
  const nodes = new Map(map.nodes.map((n) => [n.id, n]));
  const items = new Map(analysis.plan.items.map((i) => [i.id, i]));
  const rows: (string | number)[][] = [
    ['Plan item', 'Category', 'Verdict', 'Lift (points)', 'Node id', 'Node kind', 'Node label'],
  ];
  for (const item of map.plan) {
    const found = items.get(item.id);
    const head = [
      item.title,
      item.category,
      found ? VERDICT_WORDS[found.verdict].name : '',
      found ? found.lift : '',
    ];
    if (item.addresses.length === 0) rows.push([...head, '', '', '']);
    for (const id of item.addresses) {
      const node = nodes.get(id);
      rows.push([...head, id, node?.kind ?? '', node?.label ?? '']);
    }
  }
  return toCsv(rows);
}

import type { RecordChange } from '../../domain/diff/types';
import type { DecisionMap } from '../../domain/records/map';
import type { DecisionNode } from '../../domain/records/node';
import { CATEGORY_NAME } from '../shared/words';
import { KIND_NAME } from '../../domain/words';

/*
 * The words the compare view reads out: which side is which, and what changed in a record
 * ("status missing → verified"), as a room says it.
 */

/** What each side is called everywhere in the view: its period, or its title when the periods do not tell them apart. */
export function sideNames(from: DecisionMap, to: DecisionMap): { from: string; to: string } {
  const byPeriod = { from: from.period.trim(), to: to.period.trim() };
  if (byPeriod.from && byPeriod.to && byPeriod.from !== byPeriod.to) return byPeriod;
  const withTitle = (map: DecisionMap) => (map.period.trim() ? `${map.title} (${map.period.trim()})` : map.title);
  const named = { from: withTitle(from), to: withTitle(to) };
  return named.from !== named.to ? named : { from: `${named.from}, before`, to: `${named.to}, after` };
}

/** "Proof: SOC 2 report", or "none". */
export function nodeName(map: DecisionMap, id: string | null): string {
  if (id === null) return 'none';
  const node = map.nodes.find((n) => n.id === id);
  return node ? `${KIND_NAME[node.kind]}: ${node.label}` : id;
}

const FIELD_NAME: Record<string, string> = {
  label: 'label',
  title: 'title',
  stance: 'stance',
  status: 'status',
  reduction: 'reduction',
  severity: 'severity',
  influence: 'influence',
  veto: 'veto',
  role: 'role',
  notes: 'notes',
  evidence: 'evidence',
  kind: 'kind',
  category: 'category',
  addresses: 'addresses',
  owner: 'owner',
  decision: 'decision',
  market: 'market',
  period: 'period',
  basedOn: 'based on',
};

const clip = (text: string) => (text.length > 48 ? `${text.slice(0, 47)}…` : text);

function valueWords(field: string, value: unknown, labels: (id: string) => string): string {
  if (value === undefined || value === null || value === '') return 'none';
  if (field === 'veto') return value ? 'yes' : 'no';
  if (field === 'category' && typeof value === 'string' && value in CATEGORY_NAME)
    return CATEGORY_NAME[value as keyof typeof CATEGORY_NAME].toLowerCase();
  if (field === 'addresses' && Array.isArray(value))
    return value.length === 0 ? 'nothing' : value.map((id) => labels(String(id))).join(', ');
  if (field === 'evidence' && Array.isArray(value)) return `${value.length} item${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'string') return clip(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return 'edited';
}

/** One changed field in words: "status missing → verified", "notes edited". */
export function fieldChange(field: string, [before, after]: [unknown, unknown], labels: (id: string) => string = (id) => id): string {
  const name = FIELD_NAME[field] ?? field;
  if (field === 'notes' || field === 'decision') return `${name} edited`;
  return `${name} ${valueWords(field, before, labels)} → ${valueWords(field, after, labels)}`;
}

/** Every changed field of a record, the state first: "status missing → verified; label edited". */
export function recordChangeWords(change: RecordChange, labels?: (id: string) => string): string[] {
  const order = ['stance', 'status', 'reduction', 'severity', 'veto', 'influence', 'kind'];
  const fields = Object.entries(change.fields).sort(
    ([a], [b]) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99),
  );
  return fields.map(([field, values]) => fieldChange(field, values, labels));
}

/** A node's label in whichever map has it (the later one first). */
export function labelIn(maps: readonly DecisionMap[]): (id: string) => string {
  return (id) => {
    for (const map of maps) {
      const node: DecisionNode | undefined = map.nodes.find((n) => n.id === id);
      if (node) return node.label;
    }
    return id;
  };
}

/** A signed number of points with one decimal: "+9.5", "−3.0", "±0". */
export function signedPoints(points: number): string {
  if (points === 0) return '±0';
  return `${points > 0 ? '+' : '−'}${Math.abs(points).toFixed(1)}`;
}

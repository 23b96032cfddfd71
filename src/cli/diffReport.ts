import { GROUP_WORDS, KNOWLEDGE_WORDS } from '../domain/brief/briefWords';
import { CHANGE_GROUPS } from '../domain/diff/contributions';
import { KNOWLEDGE_GROUPS } from '../domain/diff/knowledgeChanges';
import type { DiffSide, MapDiff, RecordChange } from '../domain/diff/types';
import type { DecisionMap } from '../domain/records/map';
import { safeLine } from './terminalText';
import { count, namesOf, points, signedColumn, signedPoints } from './text';

/** Longest list of one kind (nodes added, contributions, …) printed before "… and N more". */
const LISTED = 20;

/** A field's value on one line: bare words for states and numbers, quoted text otherwise. */
export function fieldValue(value: unknown): string {
  if (value === undefined) return '(none)';
  if (typeof value === 'string' && /^[\w-]{1,40}$/.test(value)) return value;
  const json = JSON.stringify(value) ?? String(value);
  return safeLine(json.length > 80 ? `${json.slice(0, 80)}…` : json);
}

const changeLine = (change: RecordChange, name: (id: string) => string): string => {
  const fields = Object.entries(change.fields).map(
    ([field, [before, after]]) => `${field} ${fieldValue(before)} → ${fieldValue(after)}`,
  );
  return `  ~ ${name(change.id)}: ${fields.join('; ')}`;
};

function listed<T>(lines: string[], items: readonly T[], line: (item: T) => string): void {
  for (const item of items.slice(0, LISTED)) lines.push(line(item));
  if (items.length > LISTED) lines.push(`  … and ${(items.length - LISTED).toLocaleString('en-US')} more`);
}

const side = (label: string, s: DiffSide): string => {
  const period = s.period.trim() === '' ? '' : ` — ${safeLine(s.period)}`;
  return `${label}  ${safeLine(s.title)}${period} (map ${safeLine(s.id)}): obviousness ${points(s.score)}`;
};

/** "Evidence (nodes in both maps): 2 gained, 1 lost, 0 now unknown, …": the knowledge moved in one line. */
function evidenceLine(diff: MapDiff): string {
  const e = diff.evidence;
  if (e.changes.length === 0) return 'Evidence (nodes in both maps): no state changed where it comes from';
  const parts = [`${e.gained.length} gained`, `${e.lost.length} lost`];
  if (e.unknown.length > 0) parts.push(`${e.unknown.length} now unknown`);
  if (e.answered.length > 0) parts.push(`${e.answered.length} answered on belief`);
  if (e.dated.length > 0) parts.push(`${e.dated.length} with old evidence`);
  return `Evidence (nodes in both maps): ${parts.join(', ')}`;
}

/** The readable report of a comparison between two maps, line by line. */
export function diffReport(before: DecisionMap, after: DecisionMap, diff: MapDiff): string[] {
  const nameBefore = namesOf(before);
  const nameAfter = namesOf(after);
  const afterIds = new Set([...after.nodes.map((node) => node.id), ...after.plan.map((item) => item.id)]);
  const name = (id: string): string => (afterIds.has(id) ? nameAfter(id) : nameBefore(id));

  const lines = [side('from', diff.from), side('to  ', diff.to)];
  lines.push(
    `Obviousness ${points(diff.from.score)} → ${points(diff.to.score)} (${signedPoints(diff.scoreDelta)})`,
  );
  const { from, to } = diff.constraint;
  if (from === to) lines.push(`Constraint unchanged: ${from === null ? 'none' : name(from)}`);
  else
    lines.push(
      `Constraint: ${from === null ? 'none' : nameBefore(from)} → ${to === null ? 'none' : nameAfter(to)}`,
    );

  if (diff.contributions.length > 0) {
    lines.push('', 'Why the score moved');
    for (const group of CHANGE_GROUPS) {
      const inGroup = diff.contributions.filter((c) => c.group === group);
      if (inGroup.length === 0) continue;
      lines.push(`  ${GROUP_WORDS[group]}: ${signedPoints(diff.groups[group])}`);
      listed(
        lines,
        inGroup,
        (c) => `    ${signedColumn(c.points).padStart(6)}  ${name(c.id)}: ${safeLine(c.summary)}`,
      );
    }
    const total = diff.contributions.reduce((sum, c) => sum + c.points, 0);
    lines.push(`  Together ${signedPoints(total)} of the ${signedPoints(diff.scoreDelta)} change.`);
  }
  lines.push('', evidenceLine(diff));
  for (const group of KNOWLEDGE_GROUPS) {
    const inGroup = diff.evidence.changes.filter((c) => c.group === group);
    if (inGroup.length === 0) continue;
    lines.push(`  ${KNOWLEDGE_WORDS[group]}`);
    listed(lines, inGroup, (c) => `    ${name(c.id)}: ${c.from} → ${c.to}`);
  }
  if (diff.retagged.length > 0) {
    lines.push('', 'Re-tagged plan items (pointed at other nodes: the ceiling moves, not the score)');
    listed(lines, diff.retagged, (id) => `  ~ ${nameAfter(id)}`);
  }

  const mapFields = Object.entries(diff.map);
  if (mapFields.length > 0) {
    lines.push('', 'Map');
    for (const [field, [was, now]] of mapFields)
      lines.push(`  ~ ${field} ${fieldValue(was)} → ${fieldValue(now)}`);
  }

  const n = diff.nodes;
  lines.push(
    '',
    `Nodes: ${n.added.length} added, ${n.removed.length} removed, ${n.changed.length} changed, ${n.moved.length} moved on the canvas`,
  );
  listed(lines, n.added, (id) => `  + ${nameAfter(id)}`);
  listed(lines, n.removed, (id) => `  - ${nameBefore(id)}`);
  listed(lines, n.changed, (change) => changeLine(change, name));

  const edgeLine = (map: DecisionMap, sign: string, nameIn: (id: string) => string) => (id: string) => {
    const edge = map.edges.find((candidate) => candidate.id === id);
    return edge
      ? `  ${sign} ${edge.kind}: ${nameIn(edge.source)} → ${nameIn(edge.target)}`
      : `  ${sign} edge ${safeLine(id)}`;
  };
  lines.push('', `Edges: ${diff.edges.added.length} added, ${diff.edges.removed.length} removed`);
  listed(lines, diff.edges.added, edgeLine(after, '+', nameAfter));
  listed(lines, diff.edges.removed, edgeLine(before, '-', nameBefore));

  const p = diff.plan;
  lines.push(
    '',
    `Plan: ${count(p.added.length, 'item')} added, ${p.removed.length} removed, ${p.changed.length} changed`,
  );
  listed(lines, p.added, (id) => `  + ${nameAfter(id)}`);
  listed(lines, p.removed, (id) => `  - ${nameBefore(id)}`);
  listed(lines, p.changed, (change) => changeLine(change, name));
  return lines;
}

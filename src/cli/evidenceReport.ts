import { endedWithoutYes } from '../domain/analysis/dealRecord';
import { coverageSentence } from '../domain/analysis/evidenceWords';
import type { Analysis } from '../domain/analysis/types';
import type { DecisionMap } from '../domain/records/map';
import { safeLine } from './terminalText';
import { count, namesOf } from './text';

const LISTED = 5;

/** "Head of IT security (approver it-security), CFO (approver cfo) … and 3 more". */
function listed(ids: readonly string[], name: (id: string) => string): string {
  const more = ids.length - LISTED;
  return `${ids.slice(0, LISTED).map(name).join(', ')}${more > 0 ? `, … and ${more} more` : ''}`;
}

/** The readable report's last sections: what the verdict rests on, and what the deals say. */
export function evidenceReport(map: DecisionMap, analysis: Analysis): string[] {
  const name = namesOf(map);
  const { evidence, marketCheck } = analysis;
  const lines = ['', 'What the verdict rests on', `  ${safeLine(coverageSentence(map.nodes, evidence))}`];
  if (evidence.assumed.length > 0)
    lines.push(`  Assumed (no market evidence): ${listed(evidence.assumed, name)}`);
  if (evidence.stale.length > 0)
    lines.push(
      `  Stale (newest market evidence before ${evidence.currentFrom ?? 'the window'}): ${listed(evidence.stale, name)}`,
    );
  for (const q of evidence.questions) lines.push(`  ? ${safeLine(q.question)}`);

  const deals = map.deals ?? [];
  if (deals.length === 0) {
    lines.push(
      '',
      'What the deals say: no deal record yet (import a CRM export to check the map against it)',
    );
    return lines;
  }
  const by = (outcome: string) => deals.filter((d) => d.outcome === outcome).length;
  lines.push(
    '',
    `What the deals say (${count(deals.length, 'deal')}: ${by('won')} won, ${by('lost')} lost, ${by('no-decision')} no decision, ${by('open')} open)`,
  );
  if (marketCheck.length === 0)
    lines.push(
      deals.some(endedWithoutYes)
        ? '  The record agrees with the map: no settled node keeps stalling deals.'
        : '  No lost deals to check the map against.',
    );
  for (const check of marketCheck) lines.push(`  ! ${name(check.id)}: ${safeLine(check.says)}`);
  return lines;
}

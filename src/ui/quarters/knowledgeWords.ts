import { isMarketEvidence } from '../../domain/analysis/evidence';
import { SOURCE_WORDS } from '../../domain/analysis/evidenceWords';
import type { EvidenceStatus } from '../../domain/analysis/types';
import type { EvidenceChange, EvidenceChanges } from '../../domain/diff/types';
import type { DecisionNode } from '../../domain/records/node';

/*
 * The words the compare view says about where states come from, then and now: "now backed by what a
 * buyer said (was assumed)", and the one line above them, "3 states now rest on what the market said".
 */

/** What a state rested on, after "was". */
const WAS: Record<EvidenceStatus, string> = {
  evidenced: 'backed by current market evidence',
  assumed: 'assumed',
  stale: 'on stale evidence',
  'find-out': 'unknown',
};

/** "a buyer said": who spoke, by the newest market evidence of the node in the later map. */
function whoSaid(node: DecisionNode | undefined): string {
  const market = (node?.evidence ?? []).filter(isMarketEvidence);
  const newest = market.reduce<(typeof market)[number] | undefined>(
    (best, item) => (best === undefined || (item.date ?? '') >= (best.date ?? '') ? item : best),
    undefined,
  );
  return newest ? SOURCE_WORDS[newest.source].said : 'the market said';
}

/** One node's change in words, without its label: "now backed by what a buyer said (was assumed)". */
export function knowledgeChangeWords(change: EvidenceChange, now: DecisionNode | undefined): string {
  const was = `(was ${WAS[change.from]})`;
  switch (change.group) {
    case 'gained':
      return `now backed by what ${whoSaid(now)} ${was}`;
    case 'lost':
      return change.to === 'stale'
        ? `its market evidence is now older than two quarters ${was}`
        : `now assumed: no market evidence is left ${was}`;
    case 'unknown':
      return `now unknown, a question to take to the market ${was}`;
    case 'answered':
      return `answered, but ${change.to === 'stale' ? 'on stale evidence' : 'assumed'} ${was}`;
    case 'dated':
      return `market evidence found, but older than two quarters ${was}`;
  }
}

const states = (n: number) => (n === 1 ? '1 state' : `${n} states`);
const verb = (n: number, one: string, many: string) => (n === 1 ? one : many);

/**
 * The knowledge moved in one line: "3 states now rest on what the market said; 1 state no longer does", or
 * plainly that nothing changed. The coverage then and now is said beside it.
 */
export function knowledgeSummary(evidence: EvidenceChanges, names: { from: string; to: string }): string {
  if (evidence.changes.length === 0)
    return `No state changed where it comes from between ${names.from} and ${names.to}.`;
  const { gained, lost, unknown, answered, dated } = evidence;
  const parts: string[] = [];
  if (gained.length > 0)
    parts.push(
      `${states(gained.length)} now ${verb(gained.length, 'rests', 'rest')} on what the market said`,
    );
  if (lost.length > 0)
    parts.push(
      gained.length > 0
        ? `${states(lost.length)} no longer ${verb(lost.length, 'does', 'do')}`
        : `${states(lost.length)} no longer ${verb(lost.length, 'rests', 'rest')} on what the market said`,
    );
  if (unknown.length > 0) parts.push(`${states(unknown.length)} unknown again`);
  if (answered.length > 0) parts.push(`${states(answered.length)} answered on belief`);
  if (dated.length > 0) parts.push(`${states(dated.length)} with old evidence found`);
  const sentence = parts.join('; ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}

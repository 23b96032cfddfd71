import { VERDICT_WORDS } from '../analysis/planVerdict';
import type { ChangeGroup, KnowledgeGroup } from '../diff/types';
import type { NodeKind } from '../records/states';
import { KIND_NAME } from '../words';
import type { BriefApprover, BriefDriver, BriefFindOut, BriefPlanItem } from './briefContent';
import { signedPoints, wholePercent } from './numbers';

/** The words both renderings of the brief put around its labels (labels themselves stay separate). */

/** The kind names of the product (domain/words.ts), as the brief writes them before a label. */
export const KIND_WORD: Record<NodeKind, string> = KIND_NAME;

/** "(veto): skeptical, 31% ready" without the label: what follows an approver's name. */
export const approverWords = (a: BriefApprover): string =>
  `${a.veto ? ' (veto)' : ''}: ${a.stance}, ${wholePercent(a.readiness)} ready`;

/** "missing, lift +18.5": what follows a driver's name. */
export const driverWords = (d: BriefDriver): string => `${d.state}, lift ${signedPoints(d.lift)}`;

/** "worth +12.9 if answered halfway": what follows a find-out's question. */
export const findOutWords = (f: BriefFindOut): string => `worth ${signedPoints(f.value)} if answered halfway`;

/** "Insufficient (lift +2.1): right work, but it leaves the constraint standing": what follows a plan item's title. */
export const planItemWords = (p: BriefPlanItem): string =>
  `${VERDICT_WORDS[p.verdict].name}${p.verdict === 'internal-logic' ? '' : ` (lift ${signedPoints(p.lift)})`}: ${
    VERDICT_WORDS[p.verdict].meaning
  }`;

export const GROUP_WORDS: Record<ChangeGroup, string> = {
  progress: 'Progress: the market moved (a node known in both quarters changed state)',
  discovery: 'Discovery: the map now sees what it did not (often it was always there)',
  removal: 'Removal: the map dropped something (gone is not resolved)',
};

/** What each kind of evidence change means, "Name: meaning", as the Compare view, the brief and the CLI say it. */
export const KNOWLEDGE_WORDS: Record<KnowledgeGroup, string> = {
  gained: 'Knowledge gained: now backed by current market evidence',
  lost: 'Knowledge lost: the market evidence went stale or was removed',
  unknown: 'Now unknown: a state the team knew is a find-out again',
  answered: 'Answered on belief: a find-out now has a state, with no current market evidence',
  dated: 'Old evidence found: market evidence, but older than two quarters',
};

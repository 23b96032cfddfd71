import { endedWithoutYes } from '../analysis/dealRecord';
import { coverageSentence } from '../analysis/evidenceWords';
import type { Analysis } from '../analysis/types';
import type { DecisionMap } from '../records/map';
import type { BriefNode } from './briefNode';

/** "What we know and what we assume": the verdict's footing, the assumptions, the stale states. */
export interface BriefKnowledge {
  /** 0–1: the share of the score's weight backed by current market evidence. */
  coverage: number;
  sentence: string;
  assumed: BriefNode[];
  stale: BriefNode[];
  /** The assumptions that matter most, as questions to take to the market. */
  questions: string[];
}

/** "What the deals say": the deal record in counts, and where it disagrees with the map. */
export interface BriefDeals {
  count: number;
  won: number;
  lost: number;
  noDecision: number;
  open: number;
  sentence: string;
  disagreements: { node: BriefNode; says: string }[];
}

export function briefKnowledge(
  map: DecisionMap,
  analysis: Analysis,
  named: (id: string) => BriefNode | null,
): BriefKnowledge {
  const { evidence } = analysis;
  const nodes = (ids: readonly string[]) => ids.flatMap((id) => named(id) ?? []);
  return {
    coverage: evidence.coverage,
    sentence: coverageSentence(map.nodes, evidence),
    assumed: nodes(evidence.assumed),
    stale: nodes(evidence.stale),
    questions: evidence.questions.map((q) => q.question),
  };
}

export function briefDeals(
  map: DecisionMap,
  analysis: Analysis,
  named: (id: string) => BriefNode | null,
): BriefDeals {
  const deals = map.deals ?? [];
  const by = (outcome: string) => deals.filter((d) => d.outcome === outcome).length;
  const sentence =
    deals.length === 0
      ? 'No deal record yet: import a CRM export to check the map against what deals did.'
      : analysis.marketCheck.length > 0
        ? 'Where the deal record disagrees with the map:'
        : deals.some(endedWithoutYes)
          ? 'The deal record agrees with the map: no settled node keeps stalling deals.'
          : 'No lost deals to check the map against.';
  return {
    count: deals.length,
    won: by('won'),
    lost: by('lost'),
    noDecision: by('no-decision'),
    open: by('open'),
    sentence,
    disagreements: analysis.marketCheck.flatMap((c) => {
      const node = named(c.id);
      return node ? [{ node, says: c.says }] : [];
    }),
  };
}

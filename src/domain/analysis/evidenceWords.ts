import type { Evidence, EvidenceSource } from '../records/common';
import type { DecisionNode } from '../records/node';
import { quoted } from '../words';
import { possessive } from './openQuestions';

/** Where a piece of evidence came from, as the workbench and the brief say it. */
export const SOURCE_WORDS: Record<EvidenceSource, { name: string; said: string }> = {
  buyer: { name: 'Buyer', said: 'a buyer said' },
  deal: { name: 'Deal', said: 'a deal showed' },
  'win-loss': { name: 'Win/loss interview', said: 'a win/loss interview said' },
  research: { name: 'Research', said: 'research showed' },
  team: { name: 'Team belief', said: 'the team believes' },
  unspecified: { name: 'Source not given', said: 'someone recorded' },
};

/** A state as a claim about the market: "the CFO's support", "“SOC 2 report” being verified". */
export function stateClaim(node: DecisionNode): string {
  switch (node.kind) {
    case 'approver': {
      const noun = {
        unknown: 'stance',
        opposed: 'opposition',
        skeptical: 'skepticism',
        neutral: 'neutrality',
        supportive: 'support',
        champion: 'backing as a champion',
      }[node.stance];
      return `${possessive(node.label)} ${noun}`;
    }
    case 'proof':
      return `${quoted(node.label)} being ${node.status}`;
    case 'risk':
      return node.reduction === 'none'
        ? `the risk ${quoted(node.label)} being unreduced`
        : `the risk ${quoted(node.label)} being ${node.reduction === 'partial' ? 'partly reduced' : 'reduced'}`;
    case 'friction':
      return `${quoted(node.label)} being ${node.status === 'present' ? 'in the way' : node.status}`;
  }
}

/** The question that turns an assumption into a find-out: "Who heard the CFO say they are supportive?" */
export function assumptionQuestion(node: DecisionNode): string {
  switch (node.kind) {
    case 'approver': {
      const said = {
        unknown: 'say where they stand',
        opposed: 'say no',
        skeptical: 'voice their doubts',
        neutral: 'say they are neutral',
        supportive: 'say they are supportive',
        champion: 'argue for it',
      }[node.stance];
      return `Who heard ${node.label} ${said}?`;
    }
    case 'proof':
      return node.status === 'missing'
        ? `Which buyer said they need ${quoted(node.label)}?`
        : `Which buyer has seen ${quoted(node.label)} ${node.status === 'claimed' ? 'claimed' : node.status}?`;
    case 'risk':
      return node.reduction === 'none'
        ? `Which buyer named the risk ${quoted(node.label)}?`
        : `Which buyer said the risk ${quoted(node.label)} is ${node.reduction === 'partial' ? 'partly reduced' : 'reduced'}?`;
    case 'friction':
      return node.status === 'present'
        ? `Which buyer said ${quoted(node.label)} is in their way?`
        : `Which buyer said ${quoted(node.label)} is ${node.status === 'reduced' ? 'reduced' : 'gone'}?`;
  }
}

/** The question for evidence gone stale: "Does what we heard still hold? The newest word is from 2025-09-02." */
export function staleQuestion(node: DecisionNode, newest: string): string {
  return `Is ${stateClaim(node)} still true? The newest market evidence is from ${newest}.`;
}

/** The newest date among market evidence entries, if any is dated. */
export function newestMarketDate(
  evidence: readonly Evidence[],
  isMarket: (e: Evidence) => boolean,
): string | null {
  let newest: string | null = null;
  for (const item of evidence)
    if (isMarket(item) && item.date !== undefined && (newest === null || item.date > newest))
      newest = item.date;
  return newest;
}

/** "31%": a share as a whole percentage. */
const percent = (share: number): string => `${Math.round(100 * share)}%`;

/**
 * The verdict's footing in one sentence: "31% of this verdict rests on what the market said; Head of
 * IT security's support is assumed." Names the heaviest assumption (or stale state) when there is one.
 */
export function coverageSentence(
  nodes: readonly DecisionNode[],
  evidence: { coverage: number; assumed: readonly string[]; stale: readonly string[] },
): string {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const assumed = byId.get(evidence.assumed[0] ?? '');
  const stale = byId.get(evidence.stale[0] ?? '');
  const head = `${percent(evidence.coverage)} of this verdict rests on what the market said`;
  if (assumed) return `${head}; ${stateClaim(assumed)} is assumed.`;
  if (stale) return `${head}; ${stateClaim(stale)} rests on stale evidence.`;
  return `${head}.`;
}

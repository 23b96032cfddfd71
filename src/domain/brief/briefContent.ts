import type { Analysis, Band, PlanVerdict } from '../analysis/types';
import type { ChangeGroup, KnowledgeGroup, MapDiff } from '../diff/types';
import { KNOWLEDGE_GROUPS } from '../diff/knowledgeChanges';
import type { DecisionMap } from '../records/map';
import type { DecisionNode } from '../records/node';
import type { BriefNode } from './briefNode';
import { briefDeals, briefKnowledge, type BriefDeals, type BriefKnowledge } from './briefEvidence';
import { points } from './numbers';

/** How many drivers and find-outs the brief lists: the ones a room can act on this quarter. */
export const TOP_DRIVERS = 5;

export type { BriefNode };

export interface BriefDriver extends BriefNode {
  lift: number;
  /** Titles of the plan items that address it (empty: nobody is working on it). */
  addressedBy: string[];
}

export interface BriefFindOut extends BriefNode {
  question: string;
  /** What a halfway answer would add to the score. */
  value: number;
  /** Titles of the plan items that will answer it (empty: nobody is finding out). */
  addressedBy: string[];
}

export interface BriefApprover {
  label: string;
  veto: boolean;
  stance: string;
  readiness: number;
}

export interface BriefPlanItem {
  title: string;
  verdict: PlanVerdict;
  lift: number;
  /** For an insufficient item: the constraint it leaves standing. */
  leaves: BriefNode | null;
}

/** A gap: a driver or a find-out no plan item addresses. */
export type BriefGap = (BriefDriver & { findOut: false }) | (BriefFindOut & { findOut: true });

/** What changed since the map this one was based on (the quarter before). */
export interface BriefSince {
  period: string;
  scoreDelta: number;
  groups: Record<ChangeGroup, number>;
  /** Titles of plan items pointed at other nodes: the ceiling moved, not the score. */
  retagged: string[];
  /** Where states come from, then and now: the labels of each kind of change (groups with none left out). */
  evidence: { group: KnowledgeGroup; labels: string[] }[];
}

/**
 * Everything the decision brief says, as data: the print page and the Markdown export both render
 * this, so they never disagree. Sentences hold no labels (labels stay separate fields), so each
 * renderer can show labels as text without parsing sentences.
 */
export interface Brief {
  title: string;
  decision: string;
  market: string;
  period: string;
  score: number;
  band: Band;
  scoreSentence: string;
  constraint: BriefDriver | null;
  constraintSentence: string;
  /** The first find-out: it stands beside the constraint. */
  firstFindOut: BriefFindOut | null;
  findOutSentence: string;
  /** The constraint, then what would hold the decision back after it: the order to change things in. */
  path: BriefDriver[];
  drivers: BriefDriver[];
  findOuts: BriefFindOut[];
  approvers: BriefApprover[];
  openQuestions: string[];
  /** Every plan item, in plan order, with its verdict. */
  plan: BriefPlanItem[];
  planCount: number;
  /** Drivers that matter and find-outs no plan item addresses, in that order. */
  gaps: BriefGap[];
  ceiling: number;
  ceilingBand: Band;
  ceilingSentence: string;
  since: BriefSince | null;
  /** What we know and what we assume. */
  knowledge: BriefKnowledge;
  /** What the deals say. */
  deals: BriefDeals;
}

function stateWords(node: DecisionNode): string {
  switch (node.kind) {
    case 'approver':
      return node.stance;
    case 'proof':
      return node.status;
    case 'risk':
      return { unknown: 'unknown', none: 'not reduced', partial: 'partly reduced', reduced: 'reduced' }[
        node.reduction
      ];
    case 'friction':
      return node.status;
  }
}

function scoreSentence(score: number, band: Band, findOuts: number): string {
  const today = `The buying decision is ${points(score)} / 100 obvious today`;
  if (band.high <= band.low) return `${today}.`;
  const answered =
    findOuts === 1 ? 'the open question is answered' : `the ${findOuts} open questions are answered`;
  return `${today}, up to ${points(band.high)} once ${answered} (each answer counted halfway).`;
}

function constraintSentence(constraint: BriefDriver | null, findOut: BriefFindOut | null): string {
  if (constraint === null)
    return findOut
      ? 'Nothing known would raise the score: what holds it back is still to be found out.'
      : 'Nothing on this map would raise the score further: no single node holds the decision back.';
  const resolving = `Resolving it alone would raise obviousness by ${points(constraint.lift)} points.`;
  return constraint.addressedBy.length === 0
    ? `${resolving} No plan item addresses it.`
    : `${resolving} The plan addresses it.`;
}

function findOutSentence(findOut: BriefFindOut | null): string {
  if (findOut === null) return 'Nothing on this map is unknown.';
  const worth = `A halfway answer would move the score by ${points(findOut.value)} points.`;
  return findOut.addressedBy.length === 0
    ? `${worth} No plan item will find it out.`
    : `${worth} The plan will find it out.`;
}

function ceilingSentence(ceiling: Band, planCount: number): string {
  if (planCount === 0) return 'There is no plan on this map yet: nothing says how the score will move.';
  const whole = `Even if every plan item succeeds, the decision is ${points(ceiling.high)} / 100 obvious`;
  return ceiling.low < ceiling.high
    ? `${whole} — ${points(ceiling.low)} if the questions the plan leaves open come back as the worst answer.`
    : `${whole}.`;
}

/**
 * The decision brief of a map and its analysis (pass the analysis of this very map), and, when
 * there is one, the comparison with the map it was based on.
 */
export function briefContent(map: DecisionMap, analysis: Analysis, since?: MapDiff): Brief {
  const nodes = new Map(map.nodes.map((n) => [n.id, n]));
  const addressedBy = new Map<string, string[]>();
  for (const item of map.plan) {
    for (const id of new Set(item.addresses))
      addressedBy.set(id, [...(addressedBy.get(id) ?? []), item.title]);
  }
  const named = (id: string): BriefNode | null => {
    const node = nodes.get(id);
    return node ? { id, kind: node.kind, label: node.label, state: stateWords(node) } : null;
  };
  const driver = (id: string): BriefDriver | null => {
    const node = named(id);
    return node ? { ...node, lift: analysis.lifts[id] ?? 0, addressedBy: addressedBy.get(id) ?? [] } : null;
  };
  const findOuts = analysis.findOut.flatMap((f): BriefFindOut[] => {
    const node = named(f.id);
    return node
      ? [{ ...node, question: f.question, value: f.value, addressedBy: addressedBy.get(f.id) ?? [] }]
      : [];
  });
  const notNull = <T>(value: T | null): value is T => value !== null;
  const drivers = analysis.drivers.map((d) => driver(d.id)).filter(notNull);
  const constraint = analysis.constraint === null ? null : driver(analysis.constraint);
  const firstFindOut = findOuts[0] ?? null;
  const itemAnalysis = new Map(analysis.plan.items.map((i) => [i.id, i]));
  const findOutIds = new Set(findOuts.map((f) => f.id));
  const titles = new Map(map.plan.map((p) => [p.id, p.title]));

  return {
    title: map.title,
    decision: map.decision,
    market: map.market,
    period: map.period,
    score: analysis.score,
    band: analysis.band,
    scoreSentence: scoreSentence(analysis.score, analysis.band, findOuts.length),
    constraint,
    constraintSentence: constraintSentence(constraint, firstFindOut),
    firstFindOut,
    findOutSentence: findOutSentence(firstFindOut),
    path: analysis.path.map(driver).filter(notNull),
    drivers: drivers.slice(0, TOP_DRIVERS),
    findOuts: findOuts.slice(0, TOP_DRIVERS),
    approvers: analysis.approvers.map((a) => ({
      label: a.label,
      veto: a.veto,
      stance: a.stance,
      readiness: a.readiness,
    })),
    openQuestions: analysis.openQuestions.map((q) => q.question),
    plan: map.plan.flatMap((item): BriefPlanItem[] => {
      const found = itemAnalysis.get(item.id);
      if (!found) return [];
      const leaves = found.verdict === 'insufficient' && constraint ? named(constraint.id) : null;
      return [{ title: item.title, verdict: found.verdict, lift: found.lift, leaves }];
    }),
    planCount: map.plan.length,
    gaps: analysis.plan.gaps.flatMap((id): BriefGap[] => {
      if (findOutIds.has(id)) return [{ ...findOuts.find((f) => f.id === id)!, findOut: true }];
      const d = driver(id);
      return d ? [{ ...d, findOut: false }] : [];
    }),
    ceiling: analysis.plan.ceiling,
    ceilingBand: analysis.plan.ceilingBand,
    ceilingSentence: ceilingSentence(analysis.plan.ceilingBand, map.plan.length),
    since: since
      ? {
          period: since.from.period,
          scoreDelta: since.scoreDelta,
          groups: since.groups,
          retagged: since.retagged.map((id) => titles.get(id) ?? id),
          evidence: KNOWLEDGE_GROUPS.map((group) => ({
            group,
            labels: since.evidence.changes.filter((c) => c.group === group).map((c) => c.label),
          })).filter((entry) => entry.labels.length > 0),
        }
      : null,
    knowledge: briefKnowledge(map, analysis, named),
    deals: briefDeals(map, analysis, named),
  };
}

import type { Analysis, PlanFlag } from '../analysis/types';
import type { DecisionMap } from '../records/map';
import type { DecisionNode } from '../records/node';
import type { NodeKind } from '../records/states';
import { points, signedPoints, wholePercent } from './numbers';

/** How many drivers the brief lists: the ones a room can act on this quarter. */
export const TOP_DRIVERS = 5;

/** A node as the brief names it. Labels are plain text: each renderer escapes them its own way. */
export interface BriefNode {
  id: string;
  kind: NodeKind;
  label: string;
  /** Its state in words: "missing", "skeptical", "not reduced". */
  state: string;
}

export interface BriefDriver extends BriefNode {
  lift: number;
  /** Titles of the plan items that address it (empty: nobody is working on it). */
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
  flags: PlanFlag[];
  lift: number;
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
  scoreSentence: string;
  constraint: BriefDriver | null;
  constraintSentence: string;
  drivers: BriefDriver[];
  approvers: BriefApprover[];
  openQuestions: string[];
  /** Plan items flagged unanchored or low leverage, in plan order. */
  flaggedPlan: BriefPlanItem[];
  planCount: number;
  /** Drivers no plan item addresses, in driver order. */
  gaps: BriefDriver[];
  ceiling: number;
  ceilingSentence: string;
}

export const FLAG_WORDS: Record<PlanFlag, string> = {
  unanchored: 'unanchored: it addresses nothing in the market’s decision',
  'low-leverage': 'low leverage: what it addresses is already resolved or barely moves the score',
};

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

function constraintSentence(constraint: BriefDriver | null): string {
  if (constraint === null)
    return 'Nothing on this map would raise the score further: no single node holds the decision back.';
  const resolving = `Resolving it alone would raise obviousness by ${points(constraint.lift)} points.`;
  return constraint.addressedBy.length === 0
    ? `${resolving} No plan item addresses it.`
    : `${resolving} The plan addresses it.`;
}

function ceilingSentence(ceiling: number, planCount: number): string {
  if (planCount === 0) return 'There is no plan on this map yet: nothing says how the score will move.';
  return `Even if every plan item succeeds, the decision is ${points(ceiling)}% obvious.`;
}

/** The decision brief of a map and its analysis (pass the analysis of this very map). */
export function briefContent(map: DecisionMap, analysis: Analysis): Brief {
  const nodes = new Map(map.nodes.map((n) => [n.id, n]));
  const addressedBy = new Map<string, string[]>();
  for (const item of map.plan) {
    for (const id of new Set(item.addresses))
      addressedBy.set(id, [...(addressedBy.get(id) ?? []), item.title]);
  }
  const driver = (id: string, lift: number): BriefDriver | null => {
    const node = nodes.get(id);
    if (!node) return null;
    return {
      id,
      kind: node.kind,
      label: node.label,
      state: stateWords(node),
      lift,
      addressedBy: addressedBy.get(id) ?? [],
    };
  };
  const drivers = analysis.drivers
    .map((d) => driver(d.id, d.lift))
    .filter((d): d is BriefDriver => d !== null);
  const constraint =
    analysis.constraint === null ? null : (drivers.find((d) => d.id === analysis.constraint) ?? null);
  const liftOf = (id: string) => analysis.lifts[id] ?? 0;
  const itemAnalysis = new Map(analysis.plan.items.map((i) => [i.id, i]));
  const flaggedPlan = map.plan.flatMap((item): BriefPlanItem[] => {
    const found = itemAnalysis.get(item.id);
    return found && found.flags.length > 0
      ? [{ title: item.title, flags: found.flags, lift: found.lift }]
      : [];
  });

  return {
    title: map.title,
    decision: map.decision,
    market: map.market,
    period: map.period,
    score: analysis.score,
    scoreSentence: `The buying decision is ${points(analysis.score)}% obvious today.`,
    constraint,
    constraintSentence: constraintSentence(constraint),
    drivers: drivers.slice(0, TOP_DRIVERS),
    approvers: analysis.approvers.map((a) => ({
      label: a.label,
      veto: a.veto,
      stance: a.stance,
      readiness: a.readiness,
    })),
    openQuestions: analysis.openQuestions.map((q) => q.question),
    flaggedPlan,
    planCount: map.plan.length,
    gaps: analysis.plan.gaps.map((id) => driver(id, liftOf(id))).filter((d): d is BriefDriver => d !== null),
    ceiling: analysis.plan.ceiling,
    ceilingSentence: ceilingSentence(analysis.plan.ceiling, map.plan.length),
  };
}

/** "CFO (veto): skeptical, 31% ready" without the label: what follows an approver's name. */
export const approverWords = (a: BriefApprover): string =>
  `${a.veto ? ' (veto)' : ''}: ${a.stance}, ${wholePercent(a.readiness)} ready`;

/** "missing, lift +18.5": what follows a driver's name. */
export const driverWords = (d: BriefDriver): string => `${d.state}, lift ${signedPoints(d.lift)}`;

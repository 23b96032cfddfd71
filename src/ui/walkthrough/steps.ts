import type { DecisionMap } from '../../domain/records/map';
import type { NodeKind } from '../../domain/records/states';
import type { WalkthroughStep } from '../../state/store/types';

/** The walkthrough's stages, in the order the room answers them. */
export const STAGES = ['approvers', 'proofs', 'risks', 'frictions', 'plan', 'addresses', 'end'] as const;
export type Stage = (typeof STAGES)[number];

/** The stages as the progress list names them. */
export const STAGE_NAME: Record<Stage, string> = {
  approvers: 'Who must approve it',
  proofs: 'What proof must exist',
  risks: 'What risk must be reduced',
  frictions: 'What friction must disappear',
  plan: 'What the company plans',
  addresses: 'What each plan item addresses',
  end: 'What is still open',
};

/** The kind of node each per-approver stage adds. */
export const STAGE_KIND: Record<'proofs' | 'risks' | 'frictions', NodeKind> = {
  proofs: 'proof',
  risks: 'risk',
  frictions: 'friction',
};

/**
 * Every question of the walkthrough for this map, in turn: who must approve it; for each approver what
 * proof must exist, then for each what risk must be reduced, then for each what friction must
 * disappear; what the plan holds, and for each plan item what it addresses; then what is still open.
 * Approvers and plan items keep the map's order.
 */
export function walkthroughSteps(map: DecisionMap): WalkthroughStep[] {
  const approvers = map.nodes.filter((n) => n.kind === 'approver').map((n) => n.id);
  return [
    { stage: 'approvers' },
    ...approvers.map((approverId): WalkthroughStep => ({ stage: 'proofs', approverId })),
    ...approvers.map((approverId): WalkthroughStep => ({ stage: 'risks', approverId })),
    ...approvers.map((approverId): WalkthroughStep => ({ stage: 'frictions', approverId })),
    { stage: 'plan' },
    ...map.plan.map((item): WalkthroughStep => ({ stage: 'addresses', planItemId: item.id })),
    { stage: 'end' },
  ];
}

const sameStep = (a: WalkthroughStep, b: WalkthroughStep): boolean =>
  a.stage === b.stage &&
  ('approverId' in a ? 'approverId' in b && a.approverId === b.approverId : true) &&
  ('planItemId' in a ? 'planItemId' in b && a.planItemId === b.planItemId : true);

/**
 * Where a step stands among the steps. A step whose approver or plan item is gone (deleted meanwhile)
 * stands where its stage would: the stage's first step, or the next stage that has one.
 */
export function stepIndex(steps: readonly WalkthroughStep[], step: WalkthroughStep): number {
  const exact = steps.findIndex((s) => sameStep(s, step));
  if (exact !== -1) return exact;
  const from = STAGES.indexOf(step.stage);
  const later = steps.findIndex((s) => STAGES.indexOf(s.stage) >= from);
  return later === -1 ? steps.length - 1 : later;
}

/** The step `delta` questions away, held within the first and the last. */
export function stepAfter(map: DecisionMap, step: WalkthroughStep, delta: number): WalkthroughStep {
  const steps = walkthroughSteps(map);
  const index = Math.max(0, Math.min(steps.length - 1, stepIndex(steps, step) + delta));
  return steps[index] ?? { stage: 'end' };
}

/** The first step of a stage (or of the next stage that has one): where the progress list jumps to. */
export function firstStepOf(map: DecisionMap, stage: Stage): WalkthroughStep {
  const steps = walkthroughSteps(map);
  return steps[stepIndex(steps, stageProbe(stage))] ?? { stage: 'end' };
}

/** A step of the stage that matches no approver or plan item: stepIndex sends it to the stage's first step. */
function stageProbe(stage: Stage): WalkthroughStep {
  switch (stage) {
    case 'proofs':
    case 'risks':
    case 'frictions':
      return { stage, approverId: '' };
    case 'addresses':
      return { stage, planItemId: '' };
    default:
      return { stage };
  }
}

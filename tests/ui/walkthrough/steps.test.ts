import { describe, expect, it } from 'vitest';
import type { WalkthroughStep } from '../../../src/state/store/types';
import { questionFor } from '../../../src/ui/walkthrough/questions';
import { firstStepOf, stepAfter, stepIndex, walkthroughSteps } from '../../../src/ui/walkthrough/steps';
import { makeApprover, makeMap, makePlanItem, makeProof } from '../../builders';

const map = makeMap({
  nodes: [
    makeApprover({ id: 'cfo', label: 'CFO' }),
    makeProof({ id: 'soc2' }),
    makeApprover({ id: 'legal', label: 'Legal' }),
  ],
  plan: [makePlanItem({ id: 'aes', title: 'Hire 6 AEs' })],
});

describe('the walkthrough’s questions', () => {
  it('come in turn: approvers; proofs, risks and frictions per approver; the plan, per plan item; what is still open', () => {
    expect(walkthroughSteps(map)).toEqual<WalkthroughStep[]>([
      { stage: 'approvers' },
      { stage: 'proofs', approverId: 'cfo' },
      { stage: 'proofs', approverId: 'legal' },
      { stage: 'risks', approverId: 'cfo' },
      { stage: 'risks', approverId: 'legal' },
      { stage: 'frictions', approverId: 'cfo' },
      { stage: 'frictions', approverId: 'legal' },
      { stage: 'plan' },
      { stage: 'addresses', planItemId: 'aes' },
      { stage: 'end' },
    ]);
  });

  it('on an empty map ask who approves, what the plan is, and what is open', () => {
    expect(walkthroughSteps(makeMap()).map((s) => s.stage)).toEqual(['approvers', 'plan', 'end']);
  });

  it.each<[string, WalkthroughStep, number, WalkthroughStep]>([
    ['next', { stage: 'approvers' }, 1, { stage: 'proofs', approverId: 'cfo' }],
    ['back from the first', { stage: 'approvers' }, -1, { stage: 'approvers' }],
    ['past the end', { stage: 'end' }, 1, { stage: 'end' }],
    [
      'from a deleted approver',
      { stage: 'risks', approverId: 'gone' },
      0,
      { stage: 'risks', approverId: 'cfo' },
    ],
    [
      'from a deleted plan item',
      { stage: 'addresses', planItemId: 'gone' },
      0,
      { stage: 'addresses', planItemId: 'aes' },
    ],
  ])('moves %s', (_case, from, delta, to) => {
    expect(stepAfter(map, from, delta)).toEqual(to);
  });

  it('jumps to a stage’s first question', () => {
    expect(firstStepOf(map, 'frictions')).toEqual({ stage: 'frictions', approverId: 'cfo' });
    expect(firstStepOf(makeMap(), 'proofs')).toEqual({ stage: 'plan' });
    expect(stepIndex(walkthroughSteps(map), { stage: 'end' })).toBe(9);
    expect(stepAfter(makeMap(), { stage: 'addresses', planItemId: 'gone' }, 0)).toEqual({ stage: 'end' });
  });

  it('ask in the product’s words, naming who they are about', () => {
    expect(questionFor({ stage: 'approvers' }, map).question).toBe('Who must approve it?');
    expect(questionFor({ stage: 'proofs', approverId: 'cfo' }, map).question).toBe(
      'What proof must exist for CFO?',
    );
    expect(questionFor({ stage: 'risks', approverId: 'legal' }, map).question).toBe(
      'What risk must be reduced for Legal?',
    );
    expect(questionFor({ stage: 'frictions', approverId: 'cfo' }, map).question).toBe(
      'What operational friction must disappear for CFO?',
    );
    expect(questionFor({ stage: 'addresses', planItemId: 'aes' }, map).question).toBe(
      'Which of these does “Hire 6 AEs” address?',
    );
  });
});

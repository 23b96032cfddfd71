import type { DecisionMap } from '../../domain/records/map';
import type { WalkthroughStep } from '../../state/store/types';

export interface Question {
  /** What the room is asked, as a heading. */
  question: string;
  /** One or two sentences on how to answer it. */
  help: string;
}

const nameOf = (map: DecisionMap, id: string, fallback: string) =>
  map.nodes.find((n) => n.id === id)?.label ?? map.plan.find((p) => p.id === id)?.title ?? fallback;

/** The walkthrough's words for a step: the product's questions, in plain words. */
export function questionFor(step: WalkthroughStep, map: DecisionMap): Question {
  switch (step.stage) {
    case 'approvers':
      return {
        question: 'Who must approve it?',
        help: 'Name everyone who has to say yes before the purchase happens. Mark the ones who can stop it on their own: they hold a veto.',
      };
    case 'proofs': {
      const who = nameOf(map, step.approverId, 'this approver');
      return {
        question: `What proof must exist for ${who}?`,
        help: `What does ${who} need to see, read or hear before saying yes? Then say how far each proof exists today.`,
      };
    }
    case 'risks': {
      const who = nameOf(map, step.approverId, 'this approver');
      return {
        question: `What risk must be reduced for ${who}?`,
        help: `What could go wrong that makes ${who} hesitate? Then say how far each risk has been reduced.`,
      };
    }
    case 'frictions': {
      const who = nameOf(map, step.approverId, 'this approver');
      return {
        question: `What operational friction must disappear for ${who}?`,
        help: `What stands in ${who}’s way even when they want to say yes: a review queue, a procurement step, a budget cycle?`,
      };
    }
    case 'plan':
      return {
        question: 'What does the company plan to do?',
        help: 'List the plan items: hires, features, segments, pipeline targets, campaigns, partnerships, processes.',
      };
    case 'addresses': {
      const what = nameOf(map, step.planItemId, 'this plan item');
      return {
        question: `Which of these does “${what}” address?`,
        help: 'Tick every approver, proof, risk or friction this plan item changes. A plan item that addresses none of them follows the company’s internal logic, not the market’s decision.',
      };
    }
    case 'end':
      return {
        question: 'What is still open',
        help: 'The questions nobody could answer yet, the one constraint that holds the decision back, and the plan items that address nothing.',
      };
  }
}

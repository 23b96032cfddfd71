import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DecisionMap } from '../../../src/domain/records/map';
import { NODE_KINDS, STANCES } from '../../../src/domain/records/states';
import { HISTORY_LIMIT } from '../../../src/state/store/slices/historySlice';
import { createWorkbenchStore } from '../../../src/state/store/createWorkbenchStore';
import type { WorkbenchStore } from '../../../src/state/store/types';
import { arbitraryMap } from '../../builders';
import { counter, expectValid, pastSteps } from '../helpers';

/*
 * Model-based: random sequences of add / delete / connect / move / drag / edit / plan / undo / redo.
 * The model is a plain list of the maps the store held; the store must agree with it at every step:
 * undo gives back exactly the previous map, redo the next, no edge or address ever dangles, and the
 * history never holds more than HISTORY_LIMIT steps.
 */

type Step =
  | { type: 'add'; kind: (typeof NODE_KINDS)[number] }
  | { type: 'delete'; pick: number }
  | { type: 'connect'; a: number; b: number }
  | { type: 'move'; pick: number; x: number; y: number }
  | { type: 'drag'; pick: number; frames: number }
  | { type: 'edit'; pick: number; stance: (typeof STANCES)[number]; severity: number; label: string }
  | { type: 'plan'; pick: number; node: number }
  | { type: 'undo' }
  | { type: 'redo' };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ type: fc.constant('add' as const), kind: fc.constantFrom(...NODE_KINDS) }),
  fc.record({ type: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ type: fc.constant('connect' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({
    type: fc.constant('move' as const),
    pick: fc.nat(),
    x: fc.integer({ min: -2e6, max: 2e6 }),
    y: fc.integer({ min: -3000, max: 3000 }),
  }),
  fc.record({ type: fc.constant('drag' as const), pick: fc.nat(), frames: fc.integer({ min: 0, max: 8 }) }),
  // Severities 0–6 and empty labels: some edits are refused, and must leave no step behind.
  fc.record({
    type: fc.constant('edit' as const),
    pick: fc.nat(),
    stance: fc.constantFrom(...STANCES),
    severity: fc.integer({ min: 0, max: 6 }),
    label: fc.constantFrom('', 'CFO', 'Renamed'),
  }),
  fc.record({ type: fc.constant('plan' as const), pick: fc.nat(), node: fc.nat() }),
  fc.constant({ type: 'undo' as const }),
  fc.constant({ type: 'redo' as const }),
);

const at = <T>(items: readonly T[], i: number): T | undefined =>
  items.length ? items[i % items.length] : undefined;

function perform(store: WorkbenchStore, step: Exclude<Step, { type: 'undo' | 'redo' }>): void {
  const s = store.getState();
  const { nodes, plan } = s.map;
  switch (step.type) {
    case 'add':
      s.addNode(step.kind);
      return;
    case 'delete': {
      const node = at(nodes, step.pick);
      if (node) s.select({ nodes: [node.id] });
      store.getState().deleteSelection();
      return;
    }
    case 'connect': {
      const a = at(nodes, step.a);
      const b = at(nodes, step.b);
      if (a && b) s.connect(a.id, b.id);
      return;
    }
    case 'move': {
      const node = at(nodes, step.pick);
      if (node) s.moveNodes([{ id: node.id, position: { x: step.x, y: step.y } }]);
      return;
    }
    case 'drag': {
      const node = at(nodes, step.pick);
      s.beginDrag();
      for (let i = 1; node && i <= step.frames; i++)
        store
          .getState()
          .moveNodes([{ id: node.id, position: { x: node.position.x + i, y: node.position.y } }]);
      store.getState().endDrag();
      return;
    }
    case 'edit': {
      const node = at(nodes, step.pick);
      if (!node) return;
      if (node.kind === 'approver') s.updateNode(node.id, { stance: step.stance, label: step.label });
      else if (node.kind === 'proof') s.updateNode(node.id, { label: step.label });
      else s.updateNode(node.id, { severity: step.severity });
      return;
    }
    case 'plan': {
      const node = at(nodes, step.node);
      const item = at(plan, step.pick);
      if (!item) s.addPlanItem();
      else if (node) s.toggleAddress(item.id, node.id);
      return;
    }
  }
}

/** Runs the steps against the store and the model side by side, checking both agree after every step. */
function check(start: DecisionMap, steps: readonly Step[]): void {
  const store = createWorkbenchStore({ map: start, idSuffix: counter() });
  let past: DecisionMap[] = [];
  let future: DecisionMap[] = [];
  for (const step of steps) {
    const before = store.getState().map;
    if (step.type === 'undo') {
      store.getState().undo();
      const previous = past.pop();
      if (previous) {
        future.push(before);
        expect(store.getState().map).toBe(previous);
      } else expect(store.getState().map).toBe(before);
    } else if (step.type === 'redo') {
      store.getState().redo();
      const next = future.pop();
      if (next) {
        past.push(before);
        expect(store.getState().map).toBe(next);
      } else expect(store.getState().map).toBe(before);
    } else {
      perform(store, step);
      if (store.getState().map !== before) {
        past = [...past, before].slice(-HISTORY_LIMIT);
        future = [];
      }
    }
    expectValid(store.getState().map);
    expect(pastSteps(store)).toBe(past.length);
    expect(pastSteps(store)).toBeLessThanOrEqual(HISTORY_LIMIT);
  }
}

const smallMap = arbitraryMap({
  maxApprovers: 4,
  maxProofs: 5,
  maxRisks: 4,
  maxFrictions: 3,
  maxPlanItems: 3,
});

describe('undo and redo, model-based', () => {
  it('undo restores exactly the previous map, redo the next; no edge or address dangles', () => {
    fc.assert(fc.property(smallMap, fc.array(stepArb, { maxLength: 80, size: 'max' }), check), {
      numRuns: 100,
    });
  });

  it(`the history stays bounded at ${HISTORY_LIMIT} steps through long sessions`, () => {
    // 210 forced moves first, so every run goes past the limit, then random steps including undo and redo.
    const moves: Step[] = Array.from({ length: HISTORY_LIMIT + 10 }, (_, i) => ({
      type: 'move',
      pick: i,
      x: i + 1,
      y: -i - 1,
    }));
    const withNodes = arbitraryMap({
      minApprovers: 1,
      maxApprovers: 3,
      maxProofs: 3,
      maxRisks: 2,
      maxFrictions: 2,
    });
    fc.assert(
      fc.property(
        withNodes,
        fc.array(stepArb, { minLength: 20, maxLength: 120, size: 'max' }),
        (start, steps) => check(start, [...moves, ...steps]),
      ),
      { numRuns: 15 },
    );
  });
});

import { createWorkbenchStore } from '../../src/state/store/createWorkbenchStore';
import type { WorkbenchStore } from '../../src/state/store/types';
import type { DecisionMap } from '../../src/domain/records/map';
import { mapSchema } from '../../src/domain/records/map';
import { makeMap } from '../builders';

/** Predictable id suffixes: 1, 2, 3… */
export function counter(): () => string {
  let n = 0;
  return () => String(++n);
}

/** A fresh store holding `map`, with predictable new ids and an empty history. */
export function storeWith(map: DecisionMap = makeMap()): WorkbenchStore {
  return createWorkbenchStore({ map, idSuffix: counter() });
}

export const pastSteps = (store: WorkbenchStore): number => store.temporal.getState().pastStates.length;
export const futureSteps = (store: WorkbenchStore): number => store.temporal.getState().futureStates.length;

/** Fails the test with the problems when the map breaks a FORMAT.md rule. */
export function expectValid(map: DecisionMap): void {
  const result = mapSchema.safeParse(map);
  if (!result.success)
    throw new Error(
      `invalid map: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
}

import { act, screen } from '@testing-library/react';
import type { DecisionMap } from '../../../src/domain/records/map';
import { workbenchStore } from '../../../src/ui/shared/appStore';
import { loadMap } from '../helpers';

/** Loads `map` (see loadMap) and puts workshop mode back to rest: the workbench showing, nothing tried or open. */
export function loadWorkshop(map: DecisionMap): void {
  loadMap(map);
  act(() => {
    const state = workbenchStore.getState();
    state.openWorkshopScreen(null);
    state.setSpotlight(null);
    state.setWhatIf(null);
    state.setOverlay(null);
    state.setWalkthroughStep({ stage: 'approvers' });
  });
}

/** A key pressed on the page (where the workbench's shortcuts listen). */
export function pressKey(
  key: string,
  modifiers: Partial<Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'shiftKey'>> = {},
): void {
  act(() => {
    window.dispatchEvent(
      new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...modifiers }),
    );
  });
}

/** A workshop screen, once its lazily loaded code has arrived (slow on a busy machine: allow a few seconds). */
export const findScreen = (name: string) => screen.findByRole('main', { name }, { timeout: 8000 });

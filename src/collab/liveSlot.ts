import { presentRoundSlot, slot } from '../ui/shared/slot';

/*
 * Where the live-session UI shows outside src/collab. The top bar only renders the small LiveButton;
 * the rest of src/collab (and Yjs) loads when a page is opened with `?room=` or when Share live is
 * pressed, and puts its panel in the top bar's slot, and the round as the shared screen shows it in
 * the presentation's slot. Nothing in this file imports Yjs.
 */

const topBar = slot();

/** Shows `element` in place of the Share live button (null: the button again). */
export const showLivePanel = topBar.show;
export const getLivePanel = topBar.get;
export const subscribeLivePanel = topBar.subscribe;

/** Shows `element` in the presentation, under its header (null: nothing). */
export const showPresentRound = presentRoundSlot.show;

import { lazy, Suspense, useCallback } from 'react';
import { useWorkbench } from './shared/appStore';
import { NoticeToast } from './NoticeToast';

// Loaded when first used: the workbench's first paint does not pay for workshop mode.
const PresentScreen = lazy(() => import('./present/PresentScreen').then((m) => ({ default: m.PresentScreen })));
const WalkthroughScreen = lazy(() =>
  import('./walkthrough/WalkthroughScreen').then((m) => ({ default: m.WalkthroughScreen })),
);
const BriefScreen = lazy(() => import('./brief/BriefScreen').then((m) => ({ default: m.BriefScreen })));
const WhatIfPanel = lazy(() => import('./whatif/WhatIfPanel').then((m) => ({ default: m.WhatIfPanel })));
const CommandPalette = lazy(() =>
  import('./palette/CommandPalette').then((m) => ({ default: m.CommandPalette })),
);
const TemplatePicker = lazy(() =>
  import('./palette/TemplatePicker').then((m) => ({ default: m.TemplatePicker })),
);
const ShowOfHands = lazy(() => import('./round/ShowOfHands').then((m) => ({ default: m.ShowOfHands })));
const HelpOverlay = lazy(() => import('./palette/HelpOverlay').then((m) => ({ default: m.HelpOverlay })));

/**
 * Workshop mode over the workbench: the full-screen views (present, walkthrough, brief), the what-if
 * panel, and the dialogs (palette, templates, help, show of hands). While a full-screen view is up the workbench
 * underneath is inert (App), so notices are shown here.
 */
export function WorkshopLayer() {
  const screen = useWorkbench((s) => s.workshopScreen);
  const overlay = useWorkbench((s) => s.overlay);
  const whatIfOpen = useWorkbench((s) => s.whatIf !== null);
  const notice = useWorkbench((s) => s.notice);
  const setNotice = useWorkbench((s) => s.setNotice);
  const dismissNotice = useCallback(() => setNotice(null), [setNotice]);
  return (
    <>
      <Suspense fallback={null}>
        {screen === 'present' && <PresentScreen />}
        {screen === 'walkthrough' && <WalkthroughScreen />}
        {screen === 'brief' && <BriefScreen />}
      </Suspense>
      <Suspense fallback={null}>
        {whatIfOpen && (screen === null || screen === 'present') && <WhatIfPanel />}
      </Suspense>
      <Suspense fallback={null}>
        {overlay === 'palette' && <CommandPalette />}
        {overlay === 'templates' && <TemplatePicker />}
        {overlay === 'help' && <HelpOverlay />}
        {overlay === 'hands' && <ShowOfHands />}
      </Suspense>
      {screen !== null && <NoticeToast notice={notice} onDismiss={dismissNotice} />}
    </>
  );
}

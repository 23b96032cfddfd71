import { lazy, Suspense, useDeferredValue, useMemo, useState } from 'react';
import type { Analysis } from '../domain/analysis/types';
import type { DecisionNode } from '../domain/records/node';
import { selectAnalysis } from '../state/store/selectors';
import { useWorkbench } from './shared/appStore';
import { useDecisionMap } from './useDecisionMap';
import { useAfterPaint } from './shared/useAfterPaint';
import { useFetchOnFirstInput } from './shared/useFetchOnFirstInput';
import { ScorePanel } from './panels/ScorePanel';

// The first paint shows the Score panel only. The editing panels are fetched when the visitor first
// presses a pointer or a key (a click selects on release, so the Inspector is usually there by then),
// or when their tab shows; a first visit that only looks never fetches them (scripts/bundle-budget.mjs).
const loadInspector = () => import('./panels/Inspector');
const loadPlanPanel = () => import('./panels/PlanPanel');
const loadMapPanel = () => import('./panels/MapPanel');
const loadDealsPanel = () => import('./deals/DealsPanel');
const Inspector = lazy(() => loadInspector().then((m) => ({ default: m.Inspector })));
const PlanPanel = lazy(() => loadPlanPanel().then((m) => ({ default: m.PlanPanel })));
const MapPanel = lazy(() => loadMapPanel().then((m) => ({ default: m.MapPanel })));
const DealsPanel = lazy(() => loadDealsPanel().then((m) => ({ default: m.DealsPanel })));
const fetchEditingPanels = () => void Promise.all([loadInspector(), loadPlanPanel(), loadMapPanel()]);

const TABS = ['inspector', 'score', 'plan', 'deals', 'map'] as const;
type Tab = (typeof TABS)[number];
const TAB_NAME: Record<Tab, string> = {
  inspector: 'Inspector',
  score: 'Score',
  plan: 'Plan',
  deals: 'Deals',
  map: 'Map',
};

/**
 * The right side panel. Score is shown while nothing is selected; selecting something opens the
 * Inspector, and clearing the selection from the Inspector goes back to Score. Other tabs stay put.
 */
export function SidePanel() {
  const map = useDecisionMap();
  const selection = useWorkbench((s) => s.selection);
  const analysis = useWorkbench(selectAnalysis);
  const select = useWorkbench((s) => s.select);
  const requestCenter = useWorkbench((s) => s.requestCenter);
  const count = selection.nodes.length + selection.edges.length + selection.planItems.length;
  const [tab, setTab] = useState<Tab>(count > 0 ? 'inspector' : 'score');
  const [seenSelection, setSeenSelection] = useState(selection);
  if (seenSelection !== selection) {
    // Follow the selection: something newly selected → Inspector; nothing left → Score.
    setSeenSelection(selection);
    if (count > 0) setTab('inspector');
    else if (tab === 'inspector') setTab('score');
  }
  // The body follows the chosen tab one render behind: while a panel's code is on its way the panel
  // shown so far stays, rather than a "Loading…" flash.
  const shownTab = useDeferredValue(tab);
  useFetchOnFirstInput(fetchEditingPanels);
  const nodesById = useMemo(
    () => new Map<string, DecisionNode>(map.nodes.map((n) => [n.id, n])),
    [map.nodes],
  );
  const focusNode = (id: string) => {
    select({ nodes: [id] });
    requestCenter(id);
  };
  const onKeyDown = (event: React.KeyboardEvent) => {
    const index = TABS.indexOf(tab);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = TABS[(index + step + TABS.length) % TABS.length] ?? 'score';
    setTab(next);
    document.getElementById(`tab-${next}`)?.focus();
  };

  return (
    <aside className="side-panel" aria-label="Panels">
      <div className="tabs" role="tablist" aria-label="Side panel" onKeyDown={onKeyDown}>
        {TABS.map((t) => (
          <button
            key={t}
            id={`tab-${t}`}
            type="button"
            role="tab"
            aria-selected={tab === t}
            aria-controls={`tabpanel-${t}`}
            tabIndex={tab === t ? 0 : -1}
            className={tab === t ? 'tabs__tab is-on' : 'tabs__tab'}
            onClick={() => setTab(t)}
          >
            {TAB_NAME[t]}
            {t === 'plan' && <InternalLogicAlert analysis={analysis} />}
          </button>
        ))}
      </div>
      <div
        className="side-panel__body"
        role="tabpanel"
        id={`tabpanel-${tab}`}
        aria-labelledby={`tab-${tab}`}
        aria-busy={shownTab !== tab}
        // A panel whose fields are locked (the what-if) still scrolls from the keyboard.
        tabIndex={0}
      >
        <Suspense fallback={<p className="side-panel__loading">Loading…</p>}>
          {shownTab === 'inspector' && (
            <Inspector map={map} selection={selection} analysis={analysis} nodesById={nodesById} />
          )}
          {shownTab === 'score' && (
            <ScorePanel analysis={analysis} nodesById={nodesById} onFocusNode={focusNode} />
          )}
          {shownTab === 'plan' && (
            <PlanPanel map={map} analysis={analysis} nodesById={nodesById} onFocusNode={requestCenter} />
          )}
          {shownTab === 'deals' && (
            <DealsPanel map={map} analysis={analysis} nodesById={nodesById} onFocusNode={focusNode} />
          )}
          {shownTab === 'map' && <MapPanel map={map} />}
        </Suspense>
      </div>
    </aside>
  );
}

/**
 * The Plan tab's "!" when a plan item is internal logic. It follows the analysis a frame late, so an
 * edit's own task never runs the plan check for it: the edited score is painted first.
 */
function InternalLogicAlert({ analysis }: { analysis: Analysis }) {
  const shown = useAfterPaint(analysis);
  if (!shown.plan.items.some((i) => i.verdict === 'internal-logic')) return null;
  return (
    <span className="tabs__alert" aria-label="has plan items that are internal logic">
      !
    </span>
  );
}

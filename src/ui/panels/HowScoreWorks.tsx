import { lazy, Suspense, useState } from 'react';

// The explanation is read now and then, never at first paint: its words come when it is opened.
const HowScoreWorksBody = lazy(() =>
  import('./HowScoreWorksBody').then((m) => ({ default: m.HowScoreWorksBody })),
);

/** The scoring model in plain words (docs/scoring.md has the full version, with a worked example). */
export function HowScoreWorks() {
  const [open, setOpen] = useState(false);
  return (
    <details className="how" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>How the score works</summary>
      {open && (
        <Suspense fallback={<p className="how__body">Loading…</p>}>
          <HowScoreWorksBody />
        </Suspense>
      )}
    </details>
  );
}

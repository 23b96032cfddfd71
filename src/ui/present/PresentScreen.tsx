import { useEffect, useSyncExternalStore } from 'react';
import { runCommand, type CommandId } from '../../state/commands/registry';
import { useWorkbench, workbenchStore } from '../shared/appStore';
import { presentRoundSlot } from '../shared/slot';
import { PresentAside } from './PresentAside';
import { PresentCanvas } from './PresentCanvas';
import { PresentHeader } from './PresentHeader';
import './present.css';

/**
 * Presentation mode: the map on the shared screen, editing chrome hidden, the score and the constraint
 * always in view, large type and high contrast. Escape leaves it; so does leaving full screen.
 */
export function PresentScreen() {
  useLeaveWithFullscreen();
  const hasApprovers = useWorkbench((s) => s.map.nodes.some((n) => n.kind === 'approver'));
  const liveRound = useSyncExternalStore(presentRoundSlot.subscribe, presentRoundSlot.get, () => null);
  return (
    <main className="present" aria-label="Presentation" onKeyDownCapture={keysOverFields}>
      <PresentHeader />
      {/* In a live session: the private round as the room may see it (who answered, then the spread). */}
      <div className="present__round">{liveRound}</div>
      <div className="present__body">
        <PresentCanvas />
        <PresentAside />
      </div>
      <footer className="present__footer">
        <p className="present__keys">
          <kbd>←</kbd> <kbd>→</kbd> approvers one by one · <kbd>↑</kbd> <kbd>↓</kbd> change a state ·{' '}
          <kbd>T</kbd> what if · <kbd>Ctrl</kbd>+<kbd>K</kbd> every command
        </p>
        <span className="present__actions">
          {hasApprovers && (
            <button
              type="button"
              className="present__leave"
              onClick={() => runCommand('spotlight-next', workbenchStore)}
            >
              Spotlight approvers one by one <kbd>→</kbd>
            </button>
          )}
          <button
            type="button"
            className="present__leave"
            onClick={() => runCommand('leave-screen', workbenchStore)}
          >
            Leave the presentation <kbd>Esc</kbd>
          </button>
        </span>
      </footer>
    </main>
  );
}

/**
 * The workbench's shortcuts skip form fields; on the shared screen the state radios would otherwise
 * swallow the presenter's keys. Escape leaves from anywhere; ← and → keep stepping the spotlight
 * (↑ and ↓ still change the focused state, as radio buttons do).
 */
function keysOverFields(event: React.KeyboardEvent) {
  if (!(event.target instanceof HTMLInputElement) || event.ctrlKey || event.metaKey || event.altKey) return;
  const id =
    event.key === 'Escape' ? 'leave-screen' : event.target.type !== 'radio' ? null : STEP_KEYS[event.key];
  if (!id) return;
  event.preventDefault();
  event.stopPropagation();
  runCommand(id, workbenchStore);
}

const STEP_KEYS: Partial<Record<string, CommandId>> = {
  ArrowRight: 'spotlight-next',
  ArrowLeft: 'spotlight-previous',
};

/** When the browser leaves full screen (its own Escape), the presentation ends with it. */
function useLeaveWithFullscreen() {
  useEffect(() => {
    let wasFullscreen = document.fullscreenElement !== null;
    const onChange = () => {
      const now = document.fullscreenElement !== null;
      if (wasFullscreen && !now && workbenchStore.getState().workshopScreen === 'present') {
        workbenchStore.getState().openWorkshopScreen(null);
      }
      wasFullscreen = now;
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
}

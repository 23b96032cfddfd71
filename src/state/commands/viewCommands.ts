import type { CanvasHandlers } from '../store/host';
import { idle, letter, plain, type Command, type CommandGroup } from './command';

/* What only the canvas can do (fit, zoom, layout): enabled while the canvas has registered its handlers. */

/** The canvas handlers a command can call as it is (those that take no argument). */
type CommandHandler = {
  [K in keyof CanvasHandlers]: CanvasHandlers[K] extends () => unknown ? K : never;
}[keyof CanvasHandlers];

/** A command that calls one canvas handler; disabled while the canvas has not registered it. */
export function canvasCommand<const Id extends string>(
  id: Id,
  label: string,
  handler: CommandHandler,
  group: CommandGroup,
  more: Pick<Command, 'shortcut' | 'keys' | 'changesMap'> = {},
): Command<Id> {
  return {
    id,
    label,
    group,
    ...more,
    enabled: (_, context) => context.canvas[handler] !== undefined,
    run: (store) => {
      const run = store.host.canvas.get()[handler];
      if (run) return run() as void | Promise<void>;
    },
  };
}

export const VIEW_COMMANDS = [
  canvasCommand('auto-layout', 'Auto-layout', 'layout', 'view', {
    shortcut: 'L',
    keys: plain('l'),
    changesMap: true,
  }),
  canvasCommand('fit-view', 'Fit to screen', 'fitView', 'view', { shortcut: '0', keys: plain('0') }),
  canvasCommand('zoom-in', 'Zoom in', 'zoomIn', 'view', {
    shortcut: '+',
    keys: (e) => !e.ctrlKey && !e.metaKey && (e.key === '+' || e.key === '='),
  }),
  canvasCommand('zoom-out', 'Zoom out', 'zoomOut', 'view', {
    shortcut: '-',
    keys: (e) => !e.ctrlKey && !e.metaKey && (e.key === '-' || e.key === '_'),
  }),
  {
    id: 'assumptions-lens',
    label: 'Show what rests on assumptions',
    shortcut: 'E',
    keys: letter('e'),
    group: 'view',
    enabled: idle,
    run: (store) => store.getState().setAssumptionsLens(!store.getState().assumptionsLens),
  },
] as const satisfies readonly Command[];

/**
 * What the browser bench measures inside a page. Bundled into one script (build.ts) and added to both
 * pages, the workbench and bare React Flow, before they load, so both are timed by the same code.
 *
 * "Painted" means: the next animation frame ran, and then a task queued from it ran, which the browser
 * only does after that frame's style, layout and paint. The bench runs Chromium without its 60 Hz frame
 * cap, so a step's time is the work it caused, not the wait for the next vsync.
 *
 * Pointer input is dispatched as mouse events on the element under the pointer (React Flow drags and pans
 * with d3-drag and d3-zoom, which listen to mouse events), so the time spent in the browser's and the
 * bench's own messaging is the same for both pages and does not count.
 */

export interface SeriesOptions {
  steps: number;
  /** Pixels per pointer move. */
  stepPx: number;
}

interface TaskScheduler {
  postTask(callback: () => void, options: { priority: 'user-blocking' }): Promise<unknown>;
}

/**
 * Runs `done` in a task posted from an animation frame callback: it runs once that frame has been
 * painted. Posted as a user-blocking task where the browser has the Prioritized Task Scheduling API
 * (Chromium), so it runs ahead of tasks the page queued before (React posts its deferred rendering as
 * ordinary tasks): the time taken is when the frame was painted, not when the page's later work ended.
 */
function afterPaint(done: () => void): void {
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
  if (scheduler) {
    void scheduler.postTask(done, { priority: 'user-blocking' });
    return;
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    done();
  };
  channel.port2.postMessage(null);
}

/**
 * Once a frame showing `shown()` has been painted: the time then, and which frame after the call it was
 * (1 = the very next one). `shown` is checked in each animation frame (just before that frame's style,
 * layout and paint), and the time is taken in a task posted from it, which runs only after that frame
 * has been painted.
 */
function paintedAfter(shown: () => boolean, timeoutMs = 10_000): Promise<{ at: number; frames: number }> {
  const until = performance.now() + timeoutMs;
  let frames = 0;
  return new Promise((resolve, reject) => {
    const frame = () => {
      frames++;
      if (!shown()) {
        if (performance.now() > until) reject(new Error(`nothing changed on screen within ${timeoutMs} ms`));
        else requestAnimationFrame(frame);
        return;
      }
      afterPaint(() => resolve({ at: performance.now(), frames }));
    };
    requestAnimationFrame(frame);
  });
}

const paintedWhen = (shown: () => boolean): Promise<number> =>
  paintedAfter(shown).then((painted) => painted.at);

/** After the next frame has been painted: the time then. */
const nextPaint = (): Promise<number> => paintedWhen(() => true);

/**
 * Makes `move`, then waits for the first frame painted with `element` moved. A page may handle a pointer
 * move in a later task than the move itself (React renders a state update made outside its own event
 * handlers that way): until the element has moved on screen, the move has not been handled.
 */
function moveAndPaint(element: HTMLElement, move: () => void): Promise<number> {
  const before = element.style.transform;
  move();
  return paintedWhen(() => element.style.transform !== before);
}

/** React Flow nodes in the page that are shown (React Flow hides a node until it has been measured). */
function drawnNodes(): number {
  let drawn = 0;
  for (const element of document.querySelectorAll<HTMLElement>('.react-flow__node')) {
    if (element.style.visibility !== 'hidden') drawn++;
  }
  return drawn;
}

/** Resolves at the first frame in which `done()` holds; rejects with `describe()` after `timeoutMs`. */
function frameWhen(done: () => boolean, timeoutMs: number, describe: () => string): Promise<void> {
  const until = performance.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const check = () => {
      if (done()) resolve();
      else if (performance.now() > until) reject(new Error(describe()));
      else requestAnimationFrame(check);
    };
    check();
  });
}

function mouse(target: EventTarget, type: string, x: number, y: number, buttons: number): void {
  target.dispatchEvent(
    new MouseEvent(type, {
      bubbles: true,
      cancelable: true,
      composed: true,
      view: window,
      clientX: x,
      clientY: y,
      screenX: x,
      screenY: y,
      button: 0,
      buttons,
    }),
  );
}

function centreOf(element: Element): { x: number; y: number } {
  const rect = element.getBoundingClientRect();
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}

/** Pointer positions on a small circle around `centre`, one step of about `stepPx` each. */
function circle(centre: { x: number; y: number }, options: SeriesOptions) {
  const radius = (options.stepPx * 24) / (2 * Math.PI);
  return (step: number) => ({
    x: centre.x + radius * Math.cos((2 * Math.PI * step) / 24) - radius,
    y: centre.y + radius * Math.sin((2 * Math.PI * step) / 24),
  });
}

/**
 * Presses on `target`, moves the pointer around a small circle and lets go; the time of each move until
 * the first frame painted with `moved` moved. The first three moves (past React Flow's drag threshold:
 * the gesture starts, and the page reacts to its start) are not timed.
 */
async function pointerSeries(target: Element, moved: HTMLElement, options: SeriesOptions): Promise<number[]> {
  const at = circle(centreOf(target), options);
  let point = at(0);
  mouse(target, 'mousedown', point.x, point.y, 1);
  await nextPaint();
  for (let step = 1; step <= 3; step++) {
    point = at(step);
    mouse(target, 'mousemove', point.x, point.y, 1);
    await nextPaint();
  }
  const times: number[] = [];
  for (let step = 4; step < options.steps + 4; step++) {
    const { x, y } = (point = at(step));
    const start = performance.now();
    times.push((await moveAndPaint(moved, () => mouse(target, 'mousemove', x, y, 1))) - start);
  }
  mouse(target, 'mouseup', point.x, point.y, 0);
  await nextPaint();
  return times;
}

let pendingOpen: Promise<number> | null = null;

const probes = {
  drawnNodes,

  /**
   * Starts timing an open: from the file input's change event (capture, before the page's own handler)
   * to the frame painted after `expected` nodes are shown. Read the result with `openTime()`.
   */
  armOpen(expected: number, timeoutMs: number): void {
    pendingOpen = new Promise((resolve, reject) => {
      window.addEventListener(
        'change',
        () => {
          const start = performance.now();
          frameWhen(
            () => drawnNodes() === expected,
            timeoutMs,
            () => `only ${drawnNodes()} of ${expected} nodes were drawn after ${timeoutMs} ms`,
          )
            .then(nextPaint)
            .then((end) => resolve(end - start), reject);
        },
        { capture: true, once: true },
      );
    });
  },

  openTime(): Promise<number> {
    if (!pendingOpen) return Promise.reject(new Error('armOpen was not called'));
    return pendingOpen;
  },

  /** Drags node `id` around a small circle; the time of each pointer move until it is painted moved. */
  async dragSteps(id: string, options: SeriesOptions): Promise<number[]> {
    const node = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
    if (!node) throw new Error(`node ${id} is not on the canvas`);
    return pointerSeries(node, node, options);
  },

  /** Pans the canvas by dragging its empty pane; the time of each pointer move until it is painted moved. */
  async panSteps(options: SeriesOptions): Promise<number[]> {
    const pane = document.querySelector('.react-flow__pane');
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
    if (!pane || !viewport) throw new Error('the canvas has no pane');
    return pointerSeries(pane, viewport, options);
  },

  /**
   * The floor under every step: a word changed in a small element outside the canvas, until the frame
   * showing it has been painted. The page does no work of its own for it, so this is what one frame of
   * the page costs the browser (style, layout, paint, layerize) with the map open.
   */
  async frameSteps(count: number): Promise<number[]> {
    const word = document.createElement('div');
    word.style.cssText = 'position:fixed;left:0;top:0;font:12px sans-serif;pointer-events:none';
    document.body.append(word);
    const times: number[] = [];
    for (let step = 0; step < count; step++) {
      const start = performance.now();
      word.textContent = `step ${step}`;
      times.push((await nextPaint()) - start);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    word.remove();
    return times;
  },

  /**
   * Workbench only: opens node `id` in the inspector, then sets its state (the inspector's first row of
   * choices) to the best one and back, `edits` times in all. For each, the time from the click to the
   * frame painted after the inspector's analysis line ("Lift if resolved …" / "Resolved") changed: that
   * line and the obviousness in the top bar come from the same new analysis, in the same render. Also
   * which frame after the click showed it (1 = the very next frame), and how long the click's own task
   * took (the store, the analysis and the render it made; the rest is the browser's frame).
   * Each edit starts from a page at rest (an idle callback ran): the canvas's own work from the edit
   * before, which follows the painted frame, has ended, as it has when a person clicks again.
   * (The generated maps score 0: dozens of veto approvers, so no single edit moves the number itself.)
   */
  async editSteps(
    id: string,
    edits: number,
    timeoutMs: number,
  ): Promise<{ ms: number[]; frames: number[]; own: number[] }> {
    const node = document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
    if (!node) throw new Error(`node ${id} is not on the canvas`);
    const { x, y } = centreOf(node);
    for (const type of ['mousedown', 'mouseup', 'click'])
      mouse(node, type, x, y, type === 'mousedown' ? 1 : 0);
    await frameWhen(
      () => document.querySelector('.inspector .segmented') !== null,
      timeoutMs,
      () => `the inspector did not open for node ${id}`,
    );
    await nextPaint();
    const facts = document.querySelector('.inspector__facts');
    const score = document.querySelector('[data-testid="obviousness"]');
    const radios = document
      .querySelector('.inspector .segmented')
      ?.querySelectorAll<HTMLInputElement>('input[type="radio"]');
    if (!facts || !score || !radios || radios.length < 2)
      throw new Error('the inspector shows no state to edit');
    const original = [...radios].find((radio) => radio.checked);
    const best = radios[radios.length - 1];
    if (!original || !best || original === best) throw new Error(`node ${id} is already resolved`);
    const times: number[] = [];
    const frames: number[] = [];
    const own: number[] = [];
    for (let edit = 0; edit < edits; edit++) {
      await new Promise((resolve) => requestIdleCallback(resolve, { timeout: timeoutMs }));
      const target = edit % 2 === 0 ? best : original;
      const before = facts.textContent;
      const start = performance.now();
      target.click();
      own.push(performance.now() - start);
      const painted = await paintedAfter(() => facts.isConnected && facts.textContent !== before, timeoutMs);
      times.push(painted.at - start);
      frames.push(painted.frames);
      // Let the page settle (autosave is debounced) so edits do not queue up behind each other.
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return { ms: times, frames, own };
  },
};

export type BenchProbes = typeof probes;

declare global {
  interface Window {
    obviousBench: BenchProbes;
  }
}

window.obviousBench = probes;

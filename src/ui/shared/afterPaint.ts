/**
 * Runs `work` in a task of its own once the next frame has been painted (an animation frame callback
 * runs just before that frame's style, layout and paint; a task queued from it runs after them). The
 * returned function cancels it.
 */
export function afterPaint(work: () => void): () => void {
  let task: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (task = setTimeout(work, 0)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(task);
  };
}

import { startTransition, useEffect, useState } from 'react';
import { afterPaint } from './afterPaint';

/**
 * `value` as it was when the last frame was painted: for what may show a frame late (a tab's badge),
 * so reading it costs nothing in an edit's own task. The new value arrives in a transition after the
 * frame that shows the edit; several changes before a paint arrive as the last one.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    return afterPaint(() => startTransition(() => setShown(() => value)));
  }, [value, shown]);
  return shown;
}

import type { EvidenceStatus } from '../../domain/analysis/types';
import { ClockIcon, SaidIcon, ThoughtIcon } from './icons';

/**
 * The mark and the word of each status, kept here rather than in words.ts: screens loaded later (compare,
 * walkthrough) show the mark too, and a mark that imports words.ts makes the bundler split words.ts into
 * a chunk of its own that the first visit pays for.
 */
const MARK = {
  evidenced: { icon: SaidIcon, word: 'Evidenced' },
  assumed: { icon: ThoughtIcon, word: 'Assumed' },
  stale: { icon: ClockIcon, word: 'Stale' },
} as const;

/** Evidenced, assumed or stale: a mark and a word (never colour alone), the same on every screen. */
export function EvidenceMark({
  status,
  size = 20,
}: {
  status: Exclude<EvidenceStatus, 'find-out'>;
  size?: number;
}) {
  const { icon: Mark, word } = MARK[status];
  return (
    <span className={`evidence-mark evidence-mark--${status}`}>
      <Mark size={size} />
      {word}
    </span>
  );
}

import type { EvidenceStatus } from '../../domain/analysis/types';
import { ClockIcon, SaidIcon, ThoughtIcon } from './icons';
import { EVIDENCE_WORDS } from './words';

const MARK = { evidenced: SaidIcon, assumed: ThoughtIcon, stale: ClockIcon } as const;

/** Evidenced, assumed or stale: a mark and a word (never colour alone), the same on every screen. */
export function EvidenceMark({
  status,
  size = 20,
}: {
  status: Exclude<EvidenceStatus, 'find-out'>;
  size?: number;
}) {
  const Mark = MARK[status];
  return (
    <span className={`evidence-mark evidence-mark--${status}`}>
      <Mark size={size} />
      {EVIDENCE_WORDS[status].word}
    </span>
  );
}

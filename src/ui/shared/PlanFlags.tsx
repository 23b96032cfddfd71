import type { PlanFlag } from '../../domain/analysis/types';
import { LinkOffIcon, LowIcon } from './icons';

const FLAG_TEXT: Record<PlanFlag, { text: string; title: string }> = {
  unanchored: { text: 'Unanchored', title: 'Addresses nothing in the market’s decision' },
  'low-leverage': {
    text: 'Low leverage',
    title: 'Everything it addresses is resolved or lifts the score by less than one point',
  },
};

/** Loud badges (icon + text) for a plan item's flags. */
export function PlanFlags({ flags }: { flags: readonly PlanFlag[] }) {
  if (flags.length === 0) return null;
  return (
    <span className="flags">
      {flags.map((flag) => (
        <span key={flag} className={`flag flag--${flag}`} title={FLAG_TEXT[flag].title}>
          {flag === 'unanchored' ? <LinkOffIcon size={18} /> : <LowIcon size={18} />}
          {FLAG_TEXT[flag].text}
        </span>
      ))}
    </span>
  );
}

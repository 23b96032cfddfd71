import { VERDICT_WORDS } from '../../domain/analysis/planVerdict';
import type { PlanVerdict } from '../../domain/analysis/types';
import { HalfIcon, LinkOffIcon, LowIcon, RiseIcon, type IconProps } from './icons';

const VERDICT_ICON: Record<PlanVerdict, (p: IconProps) => React.JSX.Element> = {
  'internal-logic': LinkOffIcon,
  'low-leverage': LowIcon,
  insufficient: HalfIcon,
  'high-leverage': RiseIcon,
};

/** A plan item's verdict as a badge: icon, word and colour together (never colour alone). */
export function PlanVerdictBadge({ verdict }: { verdict: PlanVerdict }) {
  const Icon = VERDICT_ICON[verdict];
  const words = VERDICT_WORDS[verdict];
  return (
    <span className={`verdict verdict--${verdict}`} title={`${words.name}: ${words.meaning}`}>
      <Icon size={18} />
      {words.name}
    </span>
  );
}

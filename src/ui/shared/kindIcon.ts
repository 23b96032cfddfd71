import type { ReactElement } from 'react';
import type { NodeKind } from '../../domain/records/states';
import { DocumentIcon, FrictionIcon, PersonIcon, WarningIcon, type IconProps } from './icons';

/** The icon of each node kind. */
export const KIND_ICON: Record<NodeKind, (p: IconProps) => ReactElement> = {
  approver: PersonIcon,
  proof: DocumentIcon,
  risk: WarningIcon,
  friction: FrictionIcon,
};

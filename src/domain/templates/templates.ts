import { enterpriseSecurity } from './enterpriseSecurity';
import { healthcare } from './healthcare';
import { midMarket } from './midMarket';
import { publicSector } from './publicSector';
import { smallBusiness } from './smallBusiness';
import type { TemplateSpec } from './templateSpec';

/** The templates for common buying decisions, in the order the picker lists them. */
export const TEMPLATES: readonly TemplateSpec[] = [
  enterpriseSecurity,
  midMarket,
  smallBusiness,
  publicSector,
  healthcare,
];

/** The template with this id, if there is one. */
export const findTemplate = (id: string): TemplateSpec | undefined => TEMPLATES.find((t) => t.id === id);

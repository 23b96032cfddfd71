import type { TemplateSpec } from './templateSpec';

/** A public body buying through a formal process: rules, budgets and accreditation decide the pace. */
export const publicSector: TemplateSpec = {
  id: 'public-sector',
  name: 'Public sector',
  summary: 'Agencies and councils: a formal tender, a budget year, security accreditation and oversight.',
  title: 'Public agency contract',
  decision: 'The agency awards a contract through its formal procurement process',
  market: 'Government agencies and local authorities',
  approvers: [
    { key: 'director', label: 'Agency director', role: 'executive', veto: true, influence: 5 },
    { key: 'budget-office', label: 'Budget office', role: 'economic', veto: true, influence: 4 },
    {
      key: 'contracting-officer',
      label: 'Contracting officer',
      role: 'procurement',
      veto: true,
      influence: 5,
    },
    {
      key: 'security-accreditor',
      label: 'IT security accreditation',
      role: 'technical',
      veto: true,
      influence: 4,
    },
    { key: 'legal', label: 'Legal and compliance', role: 'legal', veto: true, influence: 3 },
    { key: 'program-manager', label: 'Program manager', role: 'user', veto: false, influence: 4 },
    { key: 'staff', label: 'Staff who will use it', role: 'user', veto: false, influence: 2 },
    { key: 'oversight', label: 'Audit and oversight', role: 'other', veto: false, influence: 3 },
  ],
  proofs: [
    {
      key: 'accreditation',
      label: 'Government security accreditation',
      requiredBy: ['security-accreditor'],
      reduces: ['data-exposure'],
    },
    {
      key: 'accessibility',
      label: 'Accessibility conformance report',
      requiredBy: ['legal', 'program-manager', 'staff'],
    },
    {
      key: 'past-performance',
      label: 'Past performance with a similar agency',
      requiredBy: ['director', 'contracting-officer'],
      reduces: ['public-failure'],
    },
    {
      key: 'price-justification',
      label: 'Price justified against alternatives',
      requiredBy: ['budget-office', 'oversight'],
      reduces: ['bid-protest'],
    },
    {
      key: 'data-residency',
      label: 'Data kept in the country',
      requiredBy: ['security-accreditor', 'legal'],
    },
    {
      key: 'eligible-vehicle',
      label: 'Available on an approved purchasing framework',
      requiredBy: ['contracting-officer'],
      reduces: ['bid-protest'],
    },
  ],
  risks: [
    {
      key: 'bid-protest',
      label: 'A losing bidder protests the award',
      severity: 4,
      fearedBy: ['contracting-officer', 'legal'],
    },
    {
      key: 'data-exposure',
      label: 'Citizens’ data exposed',
      severity: 5,
      fearedBy: ['security-accreditor', 'director'],
    },
    {
      key: 'public-failure',
      label: 'The project fails in public view',
      severity: 4,
      fearedBy: ['director', 'oversight'],
    },
    {
      key: 'unfunded',
      label: 'Money not set aside in this year’s budget',
      severity: 4,
      fearedBy: ['budget-office'],
    },
  ],
  frictions: [
    {
      key: 'tender',
      label: 'Formal tender with fixed deadlines',
      severity: 5,
      burdens: ['contracting-officer', 'program-manager'],
    },
    { key: 'fiscal-year', label: 'Budget year timing', severity: 4, burdens: ['budget-office'] },
    {
      key: 'accreditation-wait',
      label: 'Months waiting for accreditation',
      severity: 4,
      burdens: ['security-accreditor'],
    },
    {
      key: 'framework-listing',
      label: 'Getting listed on a purchasing framework',
      severity: 3,
      burdens: ['contracting-officer'],
    },
  ],
  influences: [
    ['program-manager', 'director'],
    ['oversight', 'budget-office'],
  ],
};

import type { TemplateSpec } from './templateSpec';

/** A company of a few hundred people buying a department tool: fewer sign-offs, each one counts. */
export const midMarket: TemplateSpec = {
  id: 'mid-market',
  name: 'Mid-market company',
  summary: 'Companies of 200–2,000 people: the CFO, a department head, IT and the people who use it.',
  title: 'Mid-market department tool',
  decision: 'The company signs a one-year contract for a tool one department will use every day',
  market: 'Companies of 200–2,000 employees',
  approvers: [
    { key: 'cfo', label: 'CFO', role: 'economic', veto: true, influence: 5 },
    { key: 'department-head', label: 'Department head', role: 'executive', veto: true, influence: 4 },
    { key: 'it-manager', label: 'IT manager', role: 'technical', veto: true, influence: 3 },
    { key: 'team-lead', label: 'Team lead who will use it', role: 'user', veto: false, influence: 3 },
    { key: 'operations', label: 'Operations and purchasing', role: 'procurement', veto: false, influence: 2 },
    { key: 'champion', label: 'Internal champion', role: 'champion', veto: false, influence: 4 },
  ],
  proofs: [
    {
      key: 'roi',
      label: 'Return on investment within a year',
      requiredBy: ['cfo', 'department-head'],
      reduces: ['wasted-spend'],
    },
    {
      key: 'integration-demo',
      label: 'Works with the systems already in place',
      requiredBy: ['it-manager'],
      reduces: ['migration-errors'],
    },
    { key: 'peer-reference', label: 'A peer company that uses it', requiredBy: ['department-head', 'cfo'] },
    {
      key: 'team-trial',
      label: 'Trial with the team',
      requiredBy: ['team-lead', 'champion'],
      reduces: ['low-adoption'],
    },
    {
      key: 'security-basics',
      label: 'Security basics: sign-on, backups, data export',
      requiredBy: ['it-manager'],
    },
    { key: 'standard-terms', label: 'Standard contract and invoicing terms', requiredBy: ['operations'] },
  ],
  risks: [
    {
      key: 'implementation-time',
      label: 'Setting it up takes the team’s time for weeks',
      severity: 4,
      fearedBy: ['department-head', 'team-lead'],
    },
    {
      key: 'low-adoption',
      label: 'The team goes back to the old way',
      severity: 3,
      fearedBy: ['department-head', 'champion'],
    },
    { key: 'migration-errors', label: 'Data moved over with errors', severity: 3, fearedBy: ['it-manager'] },
    { key: 'wasted-spend', label: 'Money spent on a tool nobody uses', severity: 3, fearedBy: ['cfo'] },
  ],
  frictions: [
    {
      key: 'spending-limit',
      label: 'Price above the department’s spending limit',
      severity: 3,
      burdens: ['cfo', 'department-head'],
    },
    {
      key: 'it-setup',
      label: 'IT has no time to set it up this quarter',
      severity: 3,
      burdens: ['it-manager'],
    },
    {
      key: 'switching',
      label: 'Switching in the middle of a busy period',
      severity: 2,
      burdens: ['team-lead'],
    },
  ],
  influences: [['champion', 'department-head']],
};

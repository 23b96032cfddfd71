import type { TemplateSpec } from './templateSpec';

/** A large company buying a platform: security, legal and procurement each have a say, and most can say no. */
export const enterpriseSecurity: TemplateSpec = {
  id: 'enterprise-security',
  name: 'Enterprise software with a security review',
  summary: 'Large companies: a sponsor, finance, security, IT, procurement and legal all sign off.',
  title: 'Enterprise platform purchase',
  decision: 'The company signs a multi-year platform contract after security, legal and procurement review',
  market: 'Enterprises with 2,000+ employees',
  approvers: [
    { key: 'sponsor', label: 'Executive sponsor', role: 'executive', veto: true, influence: 5 },
    { key: 'cfo', label: 'CFO', role: 'economic', veto: true, influence: 5 },
    { key: 'ciso', label: 'CISO (security review)', role: 'technical', veto: true, influence: 4 },
    { key: 'it-architecture', label: 'IT architecture', role: 'technical', veto: false, influence: 3 },
    { key: 'procurement', label: 'Procurement', role: 'procurement', veto: true, influence: 3 },
    { key: 'legal', label: 'Legal counsel', role: 'legal', veto: true, influence: 3 },
    { key: 'user-lead', label: 'Head of the team that will use it', role: 'user', veto: false, influence: 3 },
    { key: 'champion', label: 'Internal champion', role: 'champion', veto: false, influence: 4 },
  ],
  proofs: [
    {
      key: 'business-case',
      label: 'Business case with a payback period',
      requiredBy: ['sponsor', 'cfo'],
      reduces: ['overrun'],
    },
    {
      key: 'peer-reference',
      label: 'Reference customer of similar size',
      requiredBy: ['sponsor', 'cfo'],
      reduces: ['failed-rollout'],
    },
    { key: 'soc2', label: 'SOC 2 Type II report', requiredBy: ['ciso'], reduces: ['breach'] },
    { key: 'questionnaire', label: 'Security questionnaire answered', requiredBy: ['ciso'] },
    { key: 'pen-test', label: 'Recent penetration test summary', requiredBy: ['ciso'], reduces: ['breach'] },
    { key: 'sso', label: 'Single sign-on and user provisioning working', requiredBy: ['it-architecture'] },
    { key: 'dpa', label: 'Data processing agreement accepted', requiredBy: ['legal', 'procurement'] },
    {
      key: 'pilot',
      label: 'Pilot with the team that will use it',
      requiredBy: ['user-lead', 'champion'],
      reduces: ['failed-rollout'],
    },
  ],
  risks: [
    {
      key: 'breach',
      label: 'Customer data exposed through the vendor',
      severity: 5,
      fearedBy: ['ciso', 'legal'],
    },
    {
      key: 'failed-rollout',
      label: 'Rollout disrupts daily operations',
      severity: 4,
      fearedBy: ['sponsor', 'user-lead'],
    },
    {
      key: 'lock-in',
      label: 'Locked in to one vendor',
      severity: 3,
      fearedBy: ['it-architecture', 'procurement'],
    },
    { key: 'overrun', label: 'Costs run over the budget', severity: 3, fearedBy: ['cfo'] },
  ],
  frictions: [
    { key: 'security-queue', label: 'Waiting in the security review queue', severity: 4, burdens: ['ciso'] },
    {
      key: 'vendor-onboarding',
      label: 'New-vendor onboarding in procurement',
      severity: 3,
      burdens: ['procurement'],
    },
    { key: 'redlines', label: 'Contract redlines back and forth', severity: 3, burdens: ['legal'] },
    {
      key: 'budget-cycle',
      label: 'Purchase falls outside the annual budget cycle',
      severity: 3,
      burdens: ['cfo'],
    },
  ],
  influences: [
    ['champion', 'sponsor'],
    ['it-architecture', 'ciso'],
  ],
};

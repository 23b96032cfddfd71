import type { TemplateSpec } from './templateSpec';

/** A hospital group adopting a clinical tool: patient safety and patient data come before price. */
export const healthcare: TemplateSpec = {
  id: 'healthcare',
  name: 'Healthcare provider',
  summary: 'Hospitals and clinics: clinical leaders, privacy, IT and a value analysis committee decide.',
  title: 'Hospital clinical tool adoption',
  decision: 'The hospital group adopts a clinical tool across its departments',
  market: 'Hospital groups and large clinics',
  approvers: [
    { key: 'cmo', label: 'Chief medical officer', role: 'executive', veto: true, influence: 5 },
    { key: 'cfo', label: 'CFO', role: 'economic', veto: true, influence: 4 },
    { key: 'cio', label: 'CIO', role: 'technical', veto: true, influence: 4 },
    { key: 'privacy', label: 'Privacy and compliance officer', role: 'legal', veto: true, influence: 4 },
    { key: 'nursing', label: 'Nursing leadership', role: 'user', veto: false, influence: 4 },
    { key: 'clinicians', label: 'Clinicians who will use it', role: 'user', veto: false, influence: 3 },
    {
      key: 'value-committee',
      label: 'Value analysis committee',
      role: 'procurement',
      veto: true,
      influence: 3,
    },
    { key: 'clinical-champion', label: 'Clinical champion', role: 'champion', veto: false, influence: 4 },
  ],
  proofs: [
    {
      key: 'clinical-evidence',
      label: 'Clinical results from peer hospitals',
      requiredBy: ['cmo', 'value-committee'],
      reduces: ['patient-safety'],
    },
    {
      key: 'patient-data-agreement',
      label: 'Signed agreement on patient data handling',
      requiredBy: ['privacy'],
      reduces: ['patient-data'],
    },
    {
      key: 'records-integration',
      label: 'Works inside the patient record system',
      requiredBy: ['cio', 'clinicians'],
      reduces: ['extra-clicks'],
    },
    {
      key: 'time-saved',
      label: 'Time saved per shift, measured in a pilot',
      requiredBy: ['nursing', 'clinical-champion'],
      reduces: ['extra-clicks'],
    },
    {
      key: 'security-assessment',
      label: 'Security risk assessment passed',
      requiredBy: ['cio', 'privacy'],
      reduces: ['patient-data'],
    },
    { key: 'cost-case', label: 'Cost and reimbursement case', requiredBy: ['cfo', 'value-committee'] },
  ],
  risks: [
    { key: 'patient-data', label: 'Patient data breach', severity: 5, fearedBy: ['privacy', 'cio'] },
    { key: 'patient-safety', label: 'A patient safety incident', severity: 5, fearedBy: ['cmo', 'nursing'] },
    {
      key: 'extra-clicks',
      label: 'Clinicians burn out on extra clicks',
      severity: 4,
      fearedBy: ['nursing', 'clinicians'],
    },
    { key: 'go-live', label: 'Care disrupted during go-live', severity: 3, fearedBy: ['cmo', 'cio'] },
  ],
  frictions: [
    {
      key: 'committee-cycle',
      label: 'Value analysis committee meets quarterly',
      severity: 4,
      burdens: ['value-committee'],
    },
    {
      key: 'integration-queue',
      label: 'Long queue for record-system integrations',
      severity: 4,
      burdens: ['cio'],
    },
    { key: 'privacy-review', label: 'Privacy review of a new vendor', severity: 3, burdens: ['privacy'] },
    {
      key: 'training',
      label: 'Training time for clinical staff',
      severity: 3,
      burdens: ['nursing', 'clinicians'],
    },
  ],
  influences: [
    ['clinical-champion', 'cmo'],
    ['nursing', 'cmo'],
  ],
};

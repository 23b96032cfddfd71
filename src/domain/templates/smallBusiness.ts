import type { TemplateSpec } from './templateSpec';

/** An owner who signs up alone, after a trial, with a card: the product has to sell itself. */
export const smallBusiness: TemplateSpec = {
  id: 'small-business',
  name: 'Small-business self-serve',
  summary: 'Owners who try it, pay by card and leave just as fast: few approvers, little patience.',
  title: 'Small-business self-serve sign-up',
  decision: 'The owner moves from the free trial to a paid plan',
  market: 'Businesses with fewer than 50 people',
  approvers: [
    { key: 'owner', label: 'Owner', role: 'economic', veto: true, influence: 5 },
    {
      key: 'office-manager',
      label: 'Office manager who uses it daily',
      role: 'user',
      veto: false,
      influence: 3,
    },
    { key: 'accountant', label: 'Outside accountant or adviser', role: 'other', veto: false, influence: 2 },
  ],
  proofs: [
    {
      key: 'first-week',
      label: 'Shows its value in the first week of the trial',
      requiredBy: ['owner', 'office-manager'],
      reduces: ['unused'],
    },
    {
      key: 'clear-price',
      label: 'Price that is clear up front',
      requiredBy: ['owner'],
      reduces: ['surprise-bill'],
    },
    { key: 'reviews', label: 'Reviews from businesses like theirs', requiredBy: ['owner'] },
    {
      key: 'works-with',
      label: 'Works with the accounting tool they use',
      requiredBy: ['accountant', 'office-manager'],
      reduces: ['data-stuck'],
    },
  ],
  risks: [
    { key: 'unused', label: 'Paying every month for something unused', severity: 3, fearedBy: ['owner'] },
    { key: 'surprise-bill', label: 'A bill larger than expected', severity: 3, fearedBy: ['owner'] },
    {
      key: 'data-stuck',
      label: 'Data stuck in the tool if they leave',
      severity: 2,
      fearedBy: ['accountant'],
    },
  ],
  frictions: [
    { key: 'card-upfront', label: 'Card required before trying it', severity: 2, burdens: ['owner'] },
    { key: 'setup-time', label: 'Setup takes more than an hour', severity: 3, burdens: ['office-manager'] },
    { key: 'import', label: 'Importing existing customer data', severity: 3, burdens: ['office-manager'] },
  ],
  influences: [['accountant', 'owner']],
};

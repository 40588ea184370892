/** The vocabulary synthetic people are made of: believable, small, and fixed so a seed means the same thing forever. */

export interface DepartmentTemplate {
  readonly name: string;
  /** Relative headcount. */
  readonly weight: number;
  readonly functions: readonly string[];
  readonly expertise: readonly string[];
  /** Where most of the department sits. */
  readonly home: string;
}

export const departments: readonly DepartmentTemplate[] = [
  {
    name: 'Engineering',
    weight: 24,
    functions: ['Backend', 'Frontend', 'Platform', 'Quality'],
    expertise: ['typescript', 'databases', 'distributed-systems', 'testing', 'security', 'cloud'],
    home: 'Lisbon',
  },
  {
    name: 'Sales',
    weight: 14,
    functions: ['Account Management', 'Business Development', 'Sales Operations'],
    expertise: ['negotiation', 'crm', 'forecasting', 'public-sector'],
    home: 'London',
  },
  {
    name: 'Marketing',
    weight: 8,
    functions: ['Brand', 'Growth', 'Content'],
    expertise: ['seo', 'copywriting', 'analytics', 'events'],
    home: 'London',
  },
  {
    name: 'Finance',
    weight: 6,
    functions: ['Controlling', 'Accounting', 'Treasury'],
    expertise: ['budgeting', 'ifrs', 'tax', 'forecasting'],
    home: 'Frankfurt',
  },
  {
    name: 'People',
    weight: 5,
    functions: ['Recruiting', 'Learning', 'People Partners'],
    expertise: ['coaching', 'recruiting', 'employment-law', 'facilitation'],
    home: 'Lisbon',
  },
  {
    name: 'Operations',
    weight: 10,
    functions: ['Supply Chain', 'Facilities', 'Procurement'],
    expertise: ['logistics', 'procurement', 'lean', 'vendor-management'],
    home: 'Warsaw',
  },
  {
    name: 'Product',
    weight: 7,
    functions: ['Product Management', 'Design', 'Research'],
    expertise: ['discovery', 'ux', 'pricing', 'analytics'],
    home: 'Lisbon',
  },
  {
    name: 'Legal',
    weight: 3,
    functions: ['Commercial Legal', 'Compliance'],
    expertise: ['contracts', 'privacy', 'employment-law', 'compliance'],
    home: 'Frankfurt',
  },
  {
    name: 'Customer Success',
    weight: 9,
    functions: ['Support', 'Onboarding', 'Renewals'],
    expertise: ['support', 'training', 'crm', 'renewals'],
    home: 'Warsaw',
  },
  {
    name: 'Data',
    weight: 6,
    functions: ['Analytics', 'Data Science', 'Data Engineering'],
    expertise: ['statistics', 'machine-learning', 'databases', 'analytics'],
    home: 'Berlin',
  },
  {
    name: 'Research',
    weight: 4,
    functions: ['Applied Research', 'Partnerships'],
    expertise: ['machine-learning', 'statistics', 'grants', 'writing'],
    home: 'Berlin',
  },
  {
    name: 'Strategy',
    weight: 2,
    functions: ['Corporate Development', 'Planning'],
    expertise: ['m-and-a', 'forecasting', 'pricing', 'negotiation'],
    home: 'London',
  },
];

export const locations = ['Lisbon', 'London', 'Frankfurt', 'Warsaw', 'Berlin', 'Remote'] as const;

export const leadership = {
  department: 'Leadership',
  function: 'Executive',
  expertise: ['strategy', 'leadership'],
  home: 'London',
} as const;

export const firstNames = [
  'Ana',
  'Ben',
  'Chiara',
  'Dmitri',
  'Elif',
  'Femi',
  'Greta',
  'Hiro',
  'Ines',
  'Jonas',
  'Kemal',
  'Lena',
  'Mateo',
  'Nadia',
  'Omar',
  'Priya',
  'Quentin',
  'Rosa',
  'Sven',
  'Tara',
  'Umar',
  'Vera',
  'Wen',
  'Ximena',
  'Yusuf',
  'Zofia',
  'Aisha',
  'Bruno',
  'Carmen',
  'Diego',
  'Eva',
  'Felix',
];

export const lastNames = [
  'Almeida',
  'Brennan',
  'Costa',
  'Dvorak',
  'Eriksen',
  'Fischer',
  'Garcia',
  'Hansen',
  'Ito',
  'Jansen',
  'Kowalski',
  'Lopez',
  'Moreau',
  'Novak',
  'Okafor',
  'Petrov',
  'Quinn',
  'Rossi',
  'Schmidt',
  'Tanaka',
  'Urban',
  'Virtanen',
  'Wagner',
  'Xu',
  'Yilmaz',
  'Zimmer',
];

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

/** A row of the table below: the name, the relative headcount, the home, then functions and expertise as comma-separated lists. */
const department = (name: string, weight: number, home: string, functions: string, expertise: string): DepartmentTemplate => ({
  name,
  weight,
  functions: functions.split(', '),
  expertise: expertise.split(', '),
  home,
});

// prettier-ignore
export const departments: readonly DepartmentTemplate[] = [
  department('Engineering', 24, 'Lisbon', 'Backend, Frontend, Platform, Quality', 'typescript, databases, distributed-systems, testing, security, cloud'),
  department('Sales', 14, 'London', 'Account Management, Business Development, Sales Operations', 'negotiation, crm, forecasting, public-sector'),
  department('Marketing', 8, 'London', 'Brand, Growth, Content', 'seo, copywriting, analytics, events'),
  department('Finance', 6, 'Frankfurt', 'Controlling, Accounting, Treasury', 'budgeting, ifrs, tax, forecasting'),
  department('People', 5, 'Lisbon', 'Recruiting, Learning, People Partners', 'coaching, recruiting, employment-law, facilitation'),
  department('Operations', 10, 'Warsaw', 'Supply Chain, Facilities, Procurement', 'logistics, procurement, lean, vendor-management'),
  department('Product', 7, 'Lisbon', 'Product Management, Design, Research', 'discovery, ux, pricing, analytics'),
  department('Legal', 3, 'Frankfurt', 'Commercial Legal, Compliance', 'contracts, privacy, employment-law, compliance'),
  department('Customer Success', 9, 'Warsaw', 'Support, Onboarding, Renewals', 'support, training, crm, renewals'),
  department('Data', 6, 'Berlin', 'Analytics, Data Science, Data Engineering', 'statistics, machine-learning, databases, analytics'),
  department('Research', 4, 'Berlin', 'Applied Research, Partnerships', 'machine-learning, statistics, grants, writing'),
  department('Strategy', 2, 'London', 'Corporate Development, Planning', 'm-and-a, forecasting, pricing, negotiation'),
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

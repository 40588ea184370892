import { v5 as uuidv5 } from 'uuid';
import type { PersonRegisteredV1 } from '@rapport/contracts';
import { pick } from './random';

/** Namespace for the demo's name-based UUIDs: the same names give the same ids everywhere. */
const DEMO_NAMESPACE = '6f1c2a6e-7d0b-4e49-9a43-2f5d8c1b9e70';
export const demoId = (name: string) => uuidv5(name, DEMO_NAMESPACE);

interface Speciality {
  readonly name: string;
  readonly functions: readonly string[];
  readonly expertise: readonly string[];
}

/**
 * A department under its head: two teams, each under a team lead (the second often too
 * small to be shown to its lead under k = 5), a few people reporting to the head directly,
 * and sometimes specialists of another, small department working inside it.
 */
interface DepartmentPlan extends Speciality {
  readonly teams: readonly number[];
  readonly direct: number;
  readonly embedded?: readonly (Speciality & { readonly count: number })[];
}

const departments: readonly DepartmentPlan[] = [
  { name: 'Finance', functions: ['Controlling', 'Treasury'], expertise: ['budgeting', 'forecasting', 'M&A'], teams: [5, 3], direct: 2 },
  {
    name: 'Engineering',
    functions: ['Platform', 'Product Engineering'],
    expertise: ['cloud', 'machine learning', 'security'],
    teams: [7, 5],
    direct: 4,
    embedded: [
      { name: 'Data Science', functions: ['Analytics'], expertise: ['machine learning', 'statistics'], count: 3 },
      { name: 'Security', functions: ['Security Operations'], expertise: ['security', 'privacy'], count: 3 },
    ],
  },
  { name: 'Sales', functions: ['Enterprise Sales', 'Partnerships'], expertise: ['negotiation', 'key accounts'], teams: [6, 4], direct: 1 },
  { name: 'Marketing', functions: ['Brand', 'Growth'], expertise: ['storytelling', 'analytics'], teams: [5, 2], direct: 2 },
  { name: 'People', functions: ['Talent', 'Learning'], expertise: ['coaching', 'hiring'], teams: [5, 3], direct: 1 },
  { name: 'Legal', functions: ['Corporate Law', 'Compliance'], expertise: ['contracts', 'privacy'], teams: [4], direct: 1 },
  { name: 'Operations', functions: ['Supply Chain', 'Facilities'], expertise: ['logistics', 'lean'], teams: [6, 3], direct: 2 },
  { name: 'Product', functions: ['Product Management', 'Design'], expertise: ['user research', 'pricing'], teams: [5, 4], direct: 2 },
];

/**
 * The head of the organisation and the department heads form the executive team (department
 * Executive), as many HR systems record them. Everyone else belongs to the department they work
 * in, so the head of the organisation's figure for a department covers exactly the people its
 * head sees, and the two can never be set side by side to single one person out.
 */
export const EXECUTIVE = 'Executive';

const locations = ['Lisbon', 'London', 'New York', 'Singapore'] as const;
const firstNames = [
  'Ana',
  'Ben',
  'Chloé',
  'Dev',
  'Emeka',
  'Fatima',
  'Gustav',
  'Hana',
  'Ivan',
  'Jun',
  'Kofi',
  'Lena',
  'Mateo',
  'Nadia',
  'Omar',
  'Priya',
  'Quinn',
  'Rosa',
  'Sami',
  'Tomás',
  'Uma',
  'Viktor',
  'Wen',
  'Ximena',
  'Yusuf',
  'Zoe',
  'Aiko',
  'Bruno',
  'Carmen',
  'Dara',
  'Elif',
  'Felix',
  'Grace',
  'Hugo',
  'Ines',
  'Jonas',
  'Kira',
  'Luca',
  'Maya',
  'Noor',
];
const lastNames = [
  'Ortiz',
  'Okafor',
  'Lindqvist',
  'Tanaka',
  'Moreau',
  'Haddad',
  'Novak',
  'Silva',
  'Chen',
  'Mensah',
  'Kowalski',
  'Rossi',
  'Nguyen',
  'Schmidt',
  'Patel',
  'Kim',
  'Costa',
  'Müller',
  'Ahmed',
  'Dubois',
];

export interface OrganisationChart {
  /** Managers before their reports. */
  readonly people: readonly PersonRegisteredV1[];
  /** Where each person works day to day: a department head and embedded specialists with the department they work in. */
  readonly unitOf: ReadonlyMap<string, string>;
}

/** The demo's people: about 110 in eight departments and two small specialist ones, four levels deep. */
export function organisationChart(random: () => number, registeredAt: string): OrganisationChart {
  const unitOf = new Map<string, string>();
  const people: PersonRegisteredV1[] = [];
  const add = (
    speciality: Speciality,
    seniority: number,
    managerId: string | null,
    unit: string,
    overrides: Partial<PersonRegisteredV1> = {},
  ): PersonRegisteredV1 => {
    const index = people.length;
    const first = firstNames[index % firstNames.length]!;
    const last = lastNames[(index * 7 + Math.floor(index / firstNames.length)) % lastNames.length]!;
    const person: PersonRegisteredV1 = {
      personId: demoId(`person-${index}`),
      displayName: `${first} ${last}`,
      email:
        `${first}.${last}`
          .toLowerCase()
          .normalize('NFD')
          .replace(/[^a-z.]/g, '') + '@example.com',
      department: speciality.name,
      function: pick(random, speciality.functions),
      location: pick(random, locations),
      seniority,
      expertise: [...new Set([pick(random, speciality.expertise), pick(random, speciality.expertise)])],
      managerId,
      registeredAt,
      ...overrides,
    };
    people.push(person);
    unitOf.set(person.personId, unit);
    return person;
  };

  const ceo = add({ name: EXECUTIVE, functions: ['Leadership'], expertise: ['strategy'] }, 6, null, EXECUTIVE);
  const heads = departments.map((dept) =>
    add(dept, 5, ceo.personId, dept.name, {
      department: EXECUTIVE,
      function: `Head of ${dept.name}`,
      expertise: ['strategy', dept.expertise[0]!],
    }),
  );
  departments.forEach((dept, d) => {
    const head = heads[d]!;
    for (const size of dept.teams) {
      const lead = add(dept, 4, head.personId, dept.name);
      for (let i = 0; i < size; i++) add(dept, 1 + Math.floor(random() * 3), lead.personId, dept.name);
    }
    for (let i = 0; i < dept.direct; i++) add(dept, 3, head.personId, dept.name);
    for (const speciality of dept.embedded ?? []) {
      for (let i = 0; i < speciality.count; i++) add(speciality, 2 + Math.floor(random() * 2), head.personId, dept.name);
    }
  });
  return { people, unitOf };
}

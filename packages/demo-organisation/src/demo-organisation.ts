import { v5 as uuidv5 } from 'uuid';
import type { Channel, InteractionKind, InteractionLoggedV1, MeetingPlace, PersonRegisteredV1 } from '@rapport/contracts';
import { pick, seededRandom } from './random';

/** Namespace for the demo's name-based UUIDs: the same names give the same ids everywhere. */
const DEMO_NAMESPACE = '6f1c2a6e-7d0b-4e49-9a43-2f5d8c1b9e70';
const demoId = (name: string) => uuidv5(name, DEMO_NAMESPACE);

const departments = [
  { name: 'Finance', functions: ['Controlling', 'Treasury'], expertise: ['budgeting', 'forecasting', 'M&A'] },
  { name: 'Engineering', functions: ['Platform', 'Data'], expertise: ['cloud', 'machine learning', 'security'] },
  { name: 'Sales', functions: ['Enterprise Sales', 'Partnerships'], expertise: ['negotiation', 'key accounts'] },
  { name: 'Marketing', functions: ['Brand', 'Growth'], expertise: ['storytelling', 'analytics'] },
  { name: 'People', functions: ['Talent', 'Learning'], expertise: ['coaching', 'hiring'] },
  { name: 'Legal', functions: ['Corporate Law', 'Compliance'], expertise: ['contracts', 'privacy'] },
  { name: 'Operations', functions: ['Supply Chain', 'Facilities'], expertise: ['logistics', 'lean'] },
  { name: 'Product', functions: ['Product Management', 'Design'], expertise: ['user research', 'pricing'] },
] as const;

const locations = ['Lisbon', 'London', 'New York', 'Singapore'] as const;

const firstNames = ['Ana', 'Ben', 'Chloé', 'Dev', 'Emeka', 'Fatima', 'Gustav', 'Hana', 'Ivan', 'Jun', 'Kofi', 'Lena', 'Mateo', 'Nadia', 'Omar', 'Priya', 'Quinn', 'Rosa', 'Sami', 'Tomás', 'Uma', 'Viktor', 'Wen', 'Ximena', 'Yusuf', 'Zoe', 'Aiko', 'Bruno', 'Carmen', 'Dara', 'Elif', 'Felix', 'Grace', 'Hugo', 'Ines', 'Jonas', 'Kira', 'Luca', 'Maya', 'Noor'];
const lastNames = ['Ortiz', 'Okafor', 'Lindqvist', 'Tanaka', 'Moreau', 'Haddad', 'Novak', 'Silva', 'Chen', 'Mensah', 'Kowalski', 'Rossi', 'Nguyen', 'Schmidt', 'Patel', 'Kim', 'Costa', 'Müller', 'Ahmed', 'Dubois'];

export interface DemoOrganisation {
  readonly people: readonly PersonRegisteredV1[];
  readonly interactions: readonly InteractionLoggedV1[];
}

export interface DemoOptions {
  /** The instant the demo's history ends at (its "today"). */
  readonly until: number;
  readonly seed?: number;
  readonly peoplePerDepartment?: number;
  readonly interactionCount?: number;
  readonly days?: number;
}

const DAY = 86_400_000;

/**
 * A small deterministic organisation: a CEO, eight departments with a head and their
 * reports, a few well-connected hubs, more ties inside a department than across, and
 * a few hundred interactions over the last months.
 */
export function demoOrganisation(options: DemoOptions): DemoOrganisation {
  const random = seededRandom(options.seed ?? 42);
  const perDepartment = options.peoplePerDepartment ?? 5;
  const days = options.days ?? 150;
  const registeredAt = new Date(options.until - (days + 1) * DAY).toISOString();
  const people: PersonRegisteredV1[] = [];
  const person = (index: number, dept: (typeof departments)[number], seniority: number, managerId: string | null): PersonRegisteredV1 => {
    const first = firstNames[index % firstNames.length]!;
    const last = lastNames[(index * 7 + Math.floor(index / firstNames.length)) % lastNames.length]!;
    const displayName = `${first} ${last}`;
    return {
      personId: demoId(`person-${index}`),
      displayName,
      email: `${first}.${last}`.toLowerCase().normalize('NFD').replace(/[^a-z.]/g, '') + '@example.com',
      department: dept.name,
      function: pick(random, dept.functions),
      location: pick(random, locations),
      seniority,
      expertise: [...new Set([pick(random, dept.expertise), pick(random, dept.expertise)])],
      managerId,
      registeredAt,
    };
  };

  const ceo = person(0, departments[7], 6, null);
  people.push({ ...ceo, department: 'Executive', function: 'Leadership', expertise: ['strategy'] });
  let index = 1;
  for (const dept of departments) {
    const head = person(index++, dept, 5, ceo.personId);
    people.push(head);
    for (let i = 1; i < perDepartment; i++) people.push(person(index++, dept, 1 + Math.floor(random() * 4), head.personId));
  }

  // Hubs: a handful of people who meet far more often than the rest.
  const hubs = new Set(people.filter((_, i) => i % 9 === 3).map((p) => p.personId));
  const weightOf = (p: PersonRegisteredV1) => (hubs.has(p.personId) ? 5 : 1);
  const totalWeight = people.reduce((sum, p) => sum + weightOf(p), 0);
  const weightedPick = (): PersonRegisteredV1 => {
    let r = random() * totalWeight;
    for (const p of people) {
      r -= weightOf(p);
      if (r <= 0) return p;
    }
    return people.at(-1)!;
  };

  const channels: Channel[] = ['in_person', 'in_person', 'video', 'video', 'call', 'chat', 'email'];
  const places: MeetingPlace[] = ['their_office', 'my_office', 'neutral'];
  const interactions: InteractionLoggedV1[] = [];
  const count = options.interactionCount ?? 320;
  for (let i = 0; i < count; i++) {
    const initiator = weightedPick();
    const sameDepartment = people.filter((p) => p.department === initiator.department && p.personId !== initiator.personId);
    const counterpart = random() < 0.65 && sameDepartment.length > 0 ? pick(random, sameDepartment) : weightedPick();
    if (counterpart.personId === initiator.personId) continue;
    const participants = [initiator.personId, counterpart.personId];
    const group = random() < 0.12;
    if (group) {
      for (let extra = 0; extra < 2 + Math.floor(random() * 3); extra++) {
        const other = pick(random, people).personId;
        if (!participants.includes(other)) participants.push(other);
      }
    }
    const channel = pick(random, channels);
    // Bursty: most meetings happen in the last weeks, a long tail before.
    const ago = Math.floor(days * random() ** 1.6);
    const occurredAt = new Date(options.until - ago * DAY - Math.floor(random() * 9 * 3_600_000)).toISOString();
    const kind: InteractionKind = group ? 'group' : pick(random, ['one_on_one', 'coffee', 'meal', 'mentoring', 'other'] as const);
    interactions.push({
      interactionId: demoId(`interaction-${i}`),
      initiatorId: initiator.personId,
      participantIds: participants,
      occurredAt,
      channel,
      durationMinutes: pick(random, [15, 20, 30, 30, 45, 60, 90]),
      ...(channel === 'in_person' ? { location: pick(random, places) } : {}),
      kind,
      questionsAsked: Math.floor(random() * 8),
      storiesTold: Math.floor(random() * 5),
    });
  }
  interactions.sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
  return { people, interactions };
}

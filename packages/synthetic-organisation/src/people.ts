import { departments, firstNames, lastNames, leadership, locations } from './catalogue';
import type { SeededRandom } from './random';

export interface SyntheticPerson {
  readonly personId: string;
  readonly displayName: string;
  readonly email: string;
  readonly department: string;
  readonly function: string;
  readonly location: string;
  readonly seniority: number;
  readonly expertise: readonly string[];
  readonly managerId: string | null;
}

/** The people and the shape of the organisation, by index: what the activity generator walks. */
export interface OrganisationStructure {
  /** Managers always come before their reports. */
  readonly people: readonly SyntheticPerson[];
  readonly managerOf: Int32Array;
  readonly reports: readonly (readonly number[])[];
  /** People of a department occupy one contiguous index range [start, end). */
  readonly departmentRanges: readonly { readonly name: string; readonly start: number; readonly end: number }[];
  readonly departmentOf: Int32Array;
  /** A few well-networked people: more active, and sought out from across the organisation. */
  readonly hubs: readonly number[];
  /** How much each person initiates relative to the average. */
  readonly activity: Float64Array;
}

/** Span of control of every manager. */
const TEAM_SIZE = 6;

export function generatePeople(count: number, random: SeededRandom): OrganisationStructure {
  const departmentCount = Math.min(departments.length, Math.max(2, Math.ceil((count - 1) / 8)));
  const sizes = departmentSizes(count - 1, departmentCount);
  const people: SyntheticPerson[] = [];
  const managerOf = new Int32Array(count).fill(-1);
  const departmentOf = new Int32Array(count).fill(-1);
  const reports: number[][] = Array.from({ length: count }, () => []);
  const departmentRanges: Array<{ name: string; start: number; end: number }> = [];

  const person = (index: number, fields: Omit<SyntheticPerson, 'personId' | 'displayName' | 'email'>): SyntheticPerson => {
    const first = random.pick(firstNames);
    const last = random.pick(lastNames);
    const personId = random.uuid();
    return { personId, displayName: `${first} ${last}`, email: `${first}.${last}.${index}@example.com`.toLowerCase(), ...fields };
  };

  people.push(
    person(0, {
      department: leadership.department,
      function: leadership.function,
      location: leadership.home,
      seniority: 6,
      expertise: [...leadership.expertise],
      managerId: null,
    }),
  );

  let next = 1;
  sizes.forEach((size, d) => {
    const template = departments[d]!;
    const start = next;
    const depth: number[] = [];
    for (let j = 0; j < size; j++) {
      const index = start + j;
      const manager = j === 0 ? 0 : start + Math.floor((j - 1) / TEAM_SIZE);
      const level = j === 0 ? 0 : depth[Math.floor((j - 1) / TEAM_SIZE)]! + 1;
      depth.push(level);
      const managesSomeone = j * TEAM_SIZE + 1 < size;
      const seniority = level === 0 ? 5 : managesSomeone ? Math.max(3, 5 - level) : random.int(1, 3);
      const teamIndex = j === 0 ? 0 : Math.floor((j - 1) / TEAM_SIZE);
      const fn = random.chance(0.85) ? template.functions[teamIndex % template.functions.length]! : random.pick(template.functions);
      const place = random.next();
      const location = place < 0.7 ? template.home : place < 0.9 ? random.pick(locations) : 'Remote';
      managerOf[index] = manager;
      departmentOf[index] = d;
      reports[manager]!.push(index);
      people.push(
        person(index, {
          department: template.name,
          function: fn,
          location,
          seniority,
          expertise: expertiseFor(d, random),
          managerId: people[manager]!.personId,
        }),
      );
    }
    next += size;
    departmentRanges.push({ name: template.name, start, end: next });
  });

  const hubs = chooseHubs(count, random);
  const activity = new Float64Array(count);
  for (let i = 0; i < count; i++) activity[i] = Math.exp(0.5 * gaussian(random)) * (hubs.includes(i) ? 4 : 1);
  return { people, managerOf, reports, departmentRanges, departmentOf, hubs, activity };
}

/** Largest remainder by department weight, at least two people each. */
function departmentSizes(total: number, count: number): number[] {
  const weights = departments.slice(0, count).map((d) => d.weight);
  const sum = weights.reduce((a, b) => a + b, 0);
  const spare = total - 2 * count;
  const raw = weights.map((w) => (w / sum) * spare);
  const sizes = raw.map((r) => 2 + Math.floor(r));
  let left = total - sizes.reduce((a, b) => a + b, 0);
  const byRemainder = raw.map((r, i) => ({ i, rest: r - Math.floor(r) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % count, left--) sizes[byRemainder[k]!.i]! += 1;
  return sizes;
}

function expertiseFor(department: number, random: SeededRandom): string[] {
  const pool = departments[department]!.expertise;
  const tags = new Set<string>();
  const wanted = random.int(1, 3);
  while (tags.size < wanted) tags.add(random.pick(pool));
  if (random.chance(0.15)) tags.add(random.pick(random.pick(departments).expertise));
  return [...tags];
}

function chooseHubs(count: number, random: SeededRandom): number[] {
  const wanted = Math.max(2, Math.round(count * 0.015));
  const hubs = new Set<number>();
  while (hubs.size < wanted) hubs.add(random.int(1, count - 1));
  return [...hubs].sort((a, b) => a - b);
}

function gaussian(random: SeededRandom): number {
  const u = 1 - random.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.next());
}

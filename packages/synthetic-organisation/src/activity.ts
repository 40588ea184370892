import type { Channel, HelpKind, InteractionKind, MeetingPlace } from '@rapport/contracts';
import type { LogInteraction } from '@rapport/domain';
import type { CohortPlan } from './cohorts';
import type { OrganisationStructure } from './people';
import type { SeededRandom } from './random';

/** An interaction as the domain logs it, with the facts that make a tie: no author, habit counts or note. */
export type SyntheticInteraction = Pick<
  LogInteraction,
  'interactionId' | 'initiatorId' | 'participantIds' | 'occurredAt' | 'channel' | 'durationMinutes' | 'location' | 'kind'
>;

/** Help, introductions and notes carry a stable `signalId` so posting them twice can be recognised. */
export interface SyntheticHelp {
  readonly signalId: string;
  readonly giverId: string;
  readonly receiverId: string;
  readonly kind: HelpKind;
  readonly occurredAt: string;
}
export interface SyntheticIntroduction {
  readonly signalId: string;
  readonly introducerId: string;
  readonly personAId: string;
  readonly personBId: string;
  readonly occurredAt: string;
}
export interface SyntheticThankYouNote {
  readonly signalId: string;
  readonly fromId: string;
  readonly toId: string;
  readonly handwritten: boolean;
  readonly interactionId: string;
  readonly occurredAt: string;
}

export interface SyntheticDay {
  readonly day: number;
  readonly date: string;
  readonly interactions: readonly SyntheticInteraction[];
  readonly help: readonly SyntheticHelp[];
  readonly introductions: readonly SyntheticIntroduction[];
  readonly thankYouNotes: readonly SyntheticThankYouNote[];
}

/** Interactions a person initiates on an ordinary working day, on average. */
export const BASE_DAILY_RATE = 0.22;

/**
 * How an organisation works together. `typical`: mostly meetings, one in eight with a
 * small group of the own team. `dense`: a mail-heavy organisation — three times the
 * activity, about four in ten group e-mails to two to eight others of the department
 * (what an import of a mail server's history looks like). `sparse`: a large company
 * where most people log a few interactions a month — the typical pattern at about a
 * seventh of the activity (some ten interactions a person a year).
 */
export type ActivityProfile = 'typical' | 'dense' | 'sparse';

const profiles = {
  typical: { rate: 1, groupChance: 0.12, largestGroup: 6, groupsFromDepartment: false, emailShare: 0 },
  dense: { rate: 3, groupChance: 0.4, largestGroup: 8, groupsFromDepartment: true, emailShare: 0.6 },
  sparse: { rate: 0.15, groupChance: 0.12, largestGroup: 6, groupsFromDepartment: false, emailShare: 0 },
} as const;
/** How much more a cohort participant initiates once their cohort has started. */
export const COHORT_BOOST = 2;
const DAY = 86_400_000;

const channelWeights: ReadonlyArray<readonly [Channel, number]> = [
  ['in_person', 45],
  ['video', 30],
  ['call', 10],
  ['chat', 10],
  ['email', 5],
];
const helpKinds: readonly HelpKind[] = ['advice', 'introduction', 'resource', 'sponsorship', 'feedback', 'other'];
const durations = [15, 30, 30, 45, 60, 90];

/**
 * Day by day, so a year of a 100,000-person organisation never sits in memory at once.
 * Timing is bursty: each person alternates calm stretches with short busy bursts.
 */
export function* dailyActivity(
  structure: OrganisationStructure,
  cohorts: CohortPlan,
  options: { days: number; startMs: number; profile?: ActivityProfile },
  random: SeededRandom,
): Generator<SyntheticDay> {
  const profile = profiles[options.profile ?? 'typical'];
  const count = structure.people.length;
  const burstLeft = new Uint8Array(count);
  const ids = structure.people.map((p) => p.personId);

  for (let day = 0; day < options.days; day++) {
    const dayStart = options.startMs + day * DAY;
    const weekday = new Date(dayStart).getUTCDay();
    const dayFactor = weekday === 0 || weekday === 6 ? 0.05 : 1;
    const interactions: SyntheticInteraction[] = [];
    const help: SyntheticHelp[] = [];
    const introductions: SyntheticIntroduction[] = [];
    const thankYouNotes: SyntheticThankYouNote[] = [];

    for (let i = 0; i < count; i++) {
      if (burstLeft[i]! > 0) burstLeft[i]! -= 1;
      else if (random.chance(0.04)) burstLeft[i] = random.int(2, 5);
      const burst = burstLeft[i]! > 0 ? 3 : 0.7;
      const inCohort = cohorts.cohortStartOf[i]! >= 0 && day >= cohorts.cohortStartOf[i]!;
      const rate = BASE_DAILY_RATE * profile.rate * structure.activity[i]! * dayFactor * burst * (inCohort ? COHORT_BOOST : 1);
      const initiated = random.poisson(rate);
      for (let k = 0; k < initiated; k++) {
        const at = dayStart + (random.int(8, 17) * 60 + random.pick([0, 15, 30, 45])) * 60_000;
        const group = random.chance(profile.groupChance);
        const others = group ? groupOf(i, structure, random, profile) : [partnerOf(i, inCohort, structure, cohorts, random)];
        if (others.length === 0) continue;
        const seniorityGap = structure.people[i]!.seniority - structure.people[others[0]!]!.seniority;
        const interaction = meeting(
          ids[i]!,
          others.map((o) => ids[o]!),
          at,
          group,
          seniorityGap,
          random,
          profile.emailShare,
        );
        interactions.push(interaction);
        if (group) continue;
        const partner = others[0]!;
        const later = new Date(Math.min(at + 3 * 3_600_000, dayStart + DAY - 60_000)).toISOString();
        if (random.chance(0.06)) {
          const giverFirst = structure.people[i]!.seniority >= structure.people[partner]!.seniority;
          help.push({
            signalId: random.uuid(),
            giverId: ids[giverFirst ? i : partner]!,
            receiverId: ids[giverFirst ? partner : i]!,
            kind: random.pick(helpKinds),
            occurredAt: later,
          });
        }
        if (random.chance(0.025)) {
          const third = teamOf(i, structure).filter((t) => t !== partner);
          if (third.length > 0)
            introductions.push({
              signalId: random.uuid(),
              introducerId: ids[i]!,
              personAId: ids[partner]!,
              personBId: ids[random.pick(third)]!,
              occurredAt: later,
            });
        }
        if ((interaction.channel === 'in_person' || interaction.channel === 'video') && random.chance(0.05)) {
          thankYouNotes.push({
            signalId: random.uuid(),
            fromId: ids[i]!,
            toId: ids[partner]!,
            handwritten: random.chance(0.2),
            interactionId: interaction.interactionId,
            occurredAt: later,
          });
        }
      }
    }
    yield { day, date: new Date(dayStart).toISOString().slice(0, 10), interactions, help, introductions, thankYouNotes };
  }
}

/** Homophily: mostly the own team, then the own department, then anyone (hubs first among them). */
function partnerOf(i: number, inCohort: boolean, structure: OrganisationStructure, cohorts: CohortPlan, random: SeededRandom): number {
  if (inCohort && random.chance(0.35)) {
    const fellows = cohorts.members[cohorts.cohortOf[i]!]!;
    const fellow = random.pick(fellows);
    if (fellow !== i) return fellow;
  }
  const r = random.next();
  const team = teamOf(i, structure);
  if (r < 0.45 && team.length > 0) return random.pick(team);
  const department = structure.departmentOf[i]!;
  if (r < 0.75 && department >= 0) {
    const range = structure.departmentRanges[department]!;
    const candidate = random.int(range.start, range.end - 1);
    if (candidate !== i) return candidate;
  }
  const candidate = random.chance(0.4) ? random.pick(structure.hubs) : random.int(0, structure.people.length - 1);
  return candidate !== i ? candidate : (i + 1) % structure.people.length;
}

/** The manager, the direct reports and the peers under the same manager. */
function teamOf(i: number, structure: OrganisationStructure): number[] {
  const manager = structure.managerOf[i]!;
  const peers = manager >= 0 ? structure.reports[manager]!.filter((p) => p !== i) : [];
  return [...(manager >= 0 ? [manager] : []), ...structure.reports[i]!, ...peers];
}

function groupOf(i: number, structure: OrganisationStructure, random: SeededRandom, profile: (typeof profiles)[ActivityProfile]): number[] {
  const department = structure.departmentOf[i]!;
  const range = department >= 0 ? structure.departmentRanges[department]! : null;
  const pool = profile.groupsFromDepartment && range ? departmentOthers(i, range) : teamOf(i, structure);
  const wanted = Math.min(pool.length, random.int(2, profile.largestGroup));
  const chosen = new Set<number>();
  while (chosen.size < wanted) chosen.add(random.pick(pool));
  return [...chosen];
}

function departmentOthers(i: number, range: { start: number; end: number }): number[] {
  const out: number[] = [];
  for (let j = range.start; j < range.end; j++) if (j !== i) out.push(j);
  return out;
}

function meeting(
  initiatorId: string,
  others: string[],
  at: number,
  group: boolean,
  seniorityGap: number,
  random: SeededRandom,
  emailShare: number,
): SyntheticInteraction {
  const channel =
    emailShare > 0 && random.chance(emailShare) ? 'email' : channelWeights[random.weighted(channelWeights.map(([, w]) => w))]![0];
  const kind: InteractionKind = group
    ? 'group'
    : Math.abs(seniorityGap) >= 2 && random.chance(0.3)
      ? 'mentoring'
      : (['one_on_one', 'one_on_one', 'one_on_one', 'coffee', 'coffee', 'meal'] as const)[random.int(0, 5)]!;
  const location: MeetingPlace | undefined =
    channel === 'in_person'
      ? random.pick(['their_office', 'my_office', 'neutral'] as const)
      : channel === 'video' || channel === 'call'
        ? 'remote'
        : undefined;
  const durationMinutes = channel === 'chat' || channel === 'email' ? undefined : random.pick(durations);
  return {
    interactionId: random.uuid(),
    initiatorId,
    participantIds: [initiatorId, ...others],
    occurredAt: new Date(at).toISOString(),
    channel,
    kind,
    ...(durationMinutes !== undefined ? { durationMinutes } : {}),
    ...(location !== undefined ? { location } : {}),
  };
}

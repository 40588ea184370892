import type { Channel, InteractionKind, InteractionLoggedV1, MeetingPlace, PersonRegisteredV1 } from '@rapport/contracts';
import { demoId, organisationChart } from './organisation-chart';
import { demoHabits, type DemoHabits } from './demo-habits';
import { pick, seededRandom } from './random';

export { EXECUTIVE } from './organisation-chart';

export interface DemoOrganisation {
  readonly people: readonly PersonRegisteredV1[];
  readonly interactions: readonly InteractionLoggedV1[];
  /** Help, introductions, thank-you notes, "felt heard" answers and targets (demo-habits.ts). */
  readonly habits: DemoHabits;
}

export interface DemoOptions {
  /** The instant the demo's history ends at (its "today"). */
  readonly until: number;
  readonly seed?: number;
  readonly interactionCount?: number;
  readonly days?: number;
}

const DAY = 86_400_000;

/**
 * A deterministic organisation large enough for k-anonymous manager figures: a head of the
 * organisation, eight department heads with their teams (see organisation-chart.ts), a few
 * well-connected hubs, more ties inside a team and a department than across, and about a
 * thousand interactions over the last months.
 */
export function demoOrganisation(options: DemoOptions): DemoOrganisation {
  const random = seededRandom(options.seed ?? 42);
  const days = options.days ?? 150;
  const registeredAt = new Date(options.until - (days + 1) * DAY).toISOString();
  const { people, unitOf } = organisationChart(random, registeredAt);

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
  const team = (p: PersonRegisteredV1) =>
    people.filter(
      (q) => q.personId !== p.personId && (q.managerId === p.managerId || q.personId === p.managerId || q.managerId === p.personId),
    );
  const unit = (p: PersonRegisteredV1) =>
    people.filter((q) => q.personId !== p.personId && unitOf.get(q.personId) === unitOf.get(p.personId));

  const channels: Channel[] = ['in_person', 'in_person', 'video', 'video', 'call', 'chat', 'email'];
  const places: MeetingPlace[] = ['their_office', 'my_office', 'neutral'];
  const interactions: InteractionLoggedV1[] = [];
  const count = options.interactionCount ?? 1000;
  for (let i = 0; i < count; i++) {
    const initiator = weightedPick();
    const closeness = random();
    const circle = closeness < 0.35 ? team(initiator) : closeness < 0.7 ? unit(initiator) : [];
    const counterpart = circle.length > 0 ? pick(random, circle) : weightedPick();
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
  const habits = demoHabits(people, interactions, hubs, options.until, seededRandom((options.seed ?? 42) + 1));
  return { people, interactions, habits };
}

import type {
  HelpGivenV1,
  HelpKind,
  InteractionLoggedV1,
  IntroductionMadeV1,
  PersonRegisteredV1,
  ThankYouNoteSentV1,
} from '@rapport/contracts';
import { pick } from './random';
import { demoIntroductionRequests, type DemoIntroductionRequest } from './demo-introduction-requests';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** A counterpart's "did you feel heard?" answer (1–5) on an interaction someone else started. */
export interface DemoFeedback {
  readonly interactionId: string;
  readonly fromId: string;
  readonly feltHeard: number;
}

/** A person's networking target: a well-networked colleague outside their own team. */
export interface DemoTarget {
  readonly personId: string;
  readonly targetId: string;
}

/** The habit signals of the demo: what people record besides their interactions (SPEC §6.5). */
export interface DemoHabits {
  readonly help: readonly HelpGivenV1[];
  readonly introductions: readonly IntroductionMadeV1[];
  readonly thankYouNotes: readonly ThankYouNoteSentV1[];
  readonly feedback: readonly DemoFeedback[];
  readonly targets: readonly DemoTarget[];
  /** Introductions asked for on the way to a target, some made, some declined, some waiting. */
  readonly introductionRequests: readonly DemoIntroductionRequest[];
}

const helpKinds: readonly HelpKind[] = ['advice', 'resource', 'feedback', 'sponsorship', 'other'];
const meets = (i: InteractionLoggedV1) => i.channel === 'in_person' || i.channel === 'video';
const isoAt = (ms: number) => new Date(ms).toISOString();

/**
 * Help given and received after some one-to-ones, a few introductions, a thank-you note
 * after many first meetings (mostly within the week the habit asks for), "felt heard"
 * answers from counterparts, a short target list for a third of the people and
 * introductions asked for on the way to some targets: enough
 * for every habit of the scorecard to have figures in the demo. Drawn from their own
 * random sequence, so the people and interactions are those of the same seed without them.
 */
export function demoHabits(
  people: readonly PersonRegisteredV1[],
  interactions: readonly InteractionLoggedV1[],
  hubs: ReadonlySet<string>,
  until: number,
  random: () => number,
): DemoHabits {
  const help: HelpGivenV1[] = [];
  const introductions: IntroductionMadeV1[] = [];
  const thankYouNotes: ThankYouNoteSentV1[] = [];
  const feedback: DemoFeedback[] = [];
  const met = new Set<string>();
  const pair = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);
  const before = (ms: number) => Math.min(ms, until - 60_000);
  const feedbackSince = until - 90 * DAY;

  for (const interaction of interactions) {
    const at = Date.parse(interaction.occurredAt);
    const initiator = interaction.initiatorId;
    const others = interaction.participantIds.filter((p) => p !== initiator);
    if (interaction.participantIds.length === 2) {
      const counterpart = others[0]!;
      if (random() < 0.1) {
        const giverFirst = random() < 0.5;
        help.push({
          giverId: giverFirst ? initiator : counterpart,
          receiverId: giverFirst ? counterpart : initiator,
          kind: pick(random, helpKinds),
          occurredAt: isoAt(before(at + 2 * HOUR)),
        });
      }
      if (random() < 0.03) {
        const third = people.filter(
          (p) =>
            p.personId !== initiator &&
            p.personId !== counterpart &&
            p.department === people.find((q) => q.personId === initiator)?.department,
        );
        if (third.length > 0)
          introductions.push({
            introducerId: initiator,
            personAId: counterpart,
            personBId: pick(random, third).personId,
            occurredAt: isoAt(before(at + 3 * HOUR)),
          });
      }
      if (at >= feedbackSince && random() < 0.55) {
        feedback.push({ interactionId: interaction.interactionId, fromId: counterpart, feltHeard: pick(random, [3, 4, 4, 4, 5, 5, 2]) });
      }
    }
    if (!meets(interaction)) {
      for (const other of others) met.add(pair(initiator, other));
      continue;
    }
    for (const other of others) {
      const first = !met.has(pair(initiator, other));
      met.add(pair(initiator, other));
      // A first meeting: often thanked, mostly within the week; some notes come late.
      if (first && interaction.participantIds.length <= 3 && random() < 0.5) {
        const sentAt = at + (random() < 0.8 ? 2 * HOUR + random() * 5 * DAY : 8 * DAY + random() * 4 * DAY);
        if (sentAt < until) thankYouNotes.push({ fromId: initiator, toId: other, handwritten: random() < 0.3, occurredAt: isoAt(sentAt) });
      }
    }
  }

  const targets: DemoTarget[] = [];
  const hubPeople = people.filter((p) => hubs.has(p.personId));
  for (const person of people) {
    if (random() >= 0.33) continue;
    const candidates = hubPeople.filter((h) => h.personId !== person.personId && h.department !== person.department);
    const chosen = new Set<string>();
    for (let k = 0; k < 2 && candidates.length > 0; k++) chosen.add(pick(random, candidates).personId);
    for (const targetId of chosen) targets.push({ personId: person.personId, targetId });
  }
  const introductionRequests = demoIntroductionRequests(interactions, targets, random);
  return { help, introductions, thankYouNotes, feedback, targets, introductionRequests };
}

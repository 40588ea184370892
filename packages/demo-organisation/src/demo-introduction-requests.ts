import type { InteractionLoggedV1 } from '@rapport/contracts';
import { pick } from './random';

/** An introduction request of the demo, and how its introducer answered (null: still waiting). */
export interface DemoIntroductionRequest {
  readonly requesterId: string;
  readonly introducerId: string;
  readonly targetId: string;
  readonly note?: string;
  readonly answer: 'made' | 'declined' | null;
}

const notes = [
  'I would like to learn how Finance plans the budget cycle.',
  'We are both working on the pricing project; a short coffee would help.',
  'I am preparing the regional offsite and would value their view.',
  'Could you put us in touch? I would like to hear about their last launch.',
];

/**
 * Introductions asked for on the way to a networking target (habit 2): for about half of
 * the targets, the requester asks whoever has met both of them most often. Introducers make
 * about half of them, decline about one in five, and leave the rest waiting, so each
 * screen shows every state. Drawn after every other habit from the same random sequence,
 * so the rest of the demo stays as it was.
 */
export function demoIntroductionRequests(
  interactions: readonly InteractionLoggedV1[],
  targets: ReadonlyArray<{ readonly personId: string; readonly targetId: string }>,
  random: () => number,
): DemoIntroductionRequest[] {
  // How often each two people met (small meetings only): the introducer is someone who met both most.
  const contacts = new Map<string, Map<string, number>>();
  for (const { participantIds } of interactions) {
    if (participantIds.length > 3) continue;
    for (const a of participantIds) {
      const mine = contacts.get(a) ?? new Map<string, number>();
      contacts.set(a, mine);
      for (const b of participantIds) if (a !== b) mine.set(b, (mine.get(b) ?? 0) + 1);
    }
  }
  const requests: DemoIntroductionRequest[] = [];
  for (const { personId, targetId } of targets) {
    if (random() >= 0.55) continue;
    const mine = contacts.get(personId) ?? new Map<string, number>();
    if (mine.has(targetId)) continue;
    const theirs = contacts.get(targetId) ?? new Map<string, number>();
    const bothWays = (m: string) => Math.min(mine.get(m) ?? 0, theirs.get(m) ?? 0);
    const common = [...mine.keys()].filter((m) => m !== targetId && bothWays(m) > 0);
    if (common.length === 0) continue;
    const most = Math.max(...common.map(bothWays));
    const introducers = common.filter((m) => bothWays(m) === most).sort();
    const roll = random();
    const answer = roll < 0.5 ? 'made' : roll < 0.7 ? 'declined' : null;
    const note = random() < 0.6 ? pick(random, notes) : undefined;
    requests.push({ requesterId: personId, introducerId: pick(random, introducers), targetId, answer, ...(note ? { note } : {}) });
  }
  return requests;
}

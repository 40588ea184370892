import type { HelpGivenV1, InteractionLoggedV2, IntroductionMadeV1, ThankYouNoteSentV1 } from '@rapport/contracts';
import { DomainError, RuleCheck } from '../shared/domain-error';
import { toEpochMs, type EpochMs } from '../shared/clock';
import type { Actor } from '../shared/actor';
import { decided, type DecidedEvent } from '../shared/decided-event';
import { defaultDecisionPolicy, type DecisionPolicy } from '../interactions/log-interaction';

/** What the signal deciders need to know about the world; gathered by the handler. */
export interface SignalContext {
  readonly actor: Actor;
  /** Which of the people the command names are registered. */
  readonly knownPeople: ReadonlySet<string>;
  readonly now: EpochMs;
}

/** A participant records only signals they are part of: as the giver, the introducer, the sender. */
function assertActingAs(actor: Actor, personId: string, field: string, role: string): void {
  if (actor.isAdmin || actor.personId === personId) return;
  throw new DomainError('forbidden', `a participant can only record signals they are part of (as the ${role})`, [
    { field, message: 'must be you' },
  ]);
}

/** Who a signal names, by the fields that name them. */
interface SignalPeople<F extends string> {
  /** Who records it (field, and the role in words): a participant only as themselves. */
  readonly recordedBy: readonly [field: F, role: string];
  /** Everyone it names, each of whom must be registered. */
  readonly named: readonly F[];
  /** Two people who must not be the same: the field reported, the one it is compared with, and why. */
  readonly different: ReadonlyArray<readonly [field: F, other: F, message: string]>;
}

/**
 * The rules every signal keeps, in this order: a participant records it only as one of
 * its people (refused at once); its people are different people where they must be;
 * each is registered; it happened by now (within the clocks' tolerance). Returns the
 * check, for the rules of one kind of signal that come after.
 */
function checkSignal<F extends string>(
  command: Readonly<Record<NoInfer<F>, string>> & { readonly occurredAt: string },
  context: SignalContext,
  policy: DecisionPolicy,
  people: SignalPeople<F>,
): RuleCheck {
  const [recorder, role] = people.recordedBy;
  assertActingAs(context.actor, command[recorder], recorder, role);
  const check = new RuleCheck();
  for (const [field, other, message] of people.different) if (command[field] === command[other]) check.fail(field, message);
  for (const field of people.named) {
    if (!context.knownPeople.has(command[field])) check.fail(field, `unknown person ${command[field]}`, { unknownPerson: true });
  }
  if (toEpochMs(command.occurredAt) > context.now + policy.futureToleranceMs)
    check.fail('occurredAt', 'cannot be recorded before it happens');
  return check;
}

export function decideGiveHelp(command: HelpGivenV1, context: SignalContext, policy = defaultDecisionPolicy): DecidedEvent<'HelpGiven', 1> {
  checkSignal(command, context, policy, {
    recordedBy: ['giverId', 'giver'],
    named: ['giverId', 'receiverId'],
    different: [['receiverId', 'giverId', 'help goes to someone else than the giver']],
  }).throwIfBroken('the help cannot be recorded');
  return decided('HelpGiven', 1, { ...command }, command.occurredAt);
}

export function decideMakeIntroduction(
  command: IntroductionMadeV1,
  context: SignalContext,
  policy = defaultDecisionPolicy,
): DecidedEvent<'IntroductionMade', 1> {
  checkSignal(command, context, policy, {
    recordedBy: ['introducerId', 'introducer'],
    named: ['introducerId', 'personAId', 'personBId'],
    different: [
      ['personBId', 'personAId', 'an introduction connects two different people'],
      ['personAId', 'introducerId', 'the introducer does not introduce themselves'],
      ['personBId', 'introducerId', 'the introducer does not introduce themselves'],
    ],
  }).throwIfBroken('the introduction cannot be recorded');
  return decided('IntroductionMade', 1, { ...command }, command.occurredAt);
}

/** `interaction` is the interaction the note refers to, as it stands (null: not logged or retracted). */
export function decideSendThankYouNote(
  command: ThankYouNoteSentV1,
  context: SignalContext & { readonly interaction: InteractionLoggedV2 | null },
  policy = defaultDecisionPolicy,
): DecidedEvent<'ThankYouNoteSent', 1> {
  const check = checkSignal(command, context, policy, {
    recordedBy: ['fromId', 'sender'],
    named: ['fromId', 'toId'],
    different: [['toId', 'fromId', 'a note goes to someone else than its sender']],
  });
  if (command.interactionId) {
    const participants = context.interaction?.participantIds ?? [];
    if (!context.interaction) check.fail('interactionId', 'no such interaction (or it was retracted)');
    else if (!participants.includes(command.fromId) || !participants.includes(command.toId)) {
      check.fail('interactionId', 'sender and recipient must both have taken part in it');
    }
  }
  check.throwIfBroken('the thank-you note cannot be recorded');
  return decided('ThankYouNoteSent', 1, { ...command }, command.occurredAt);
}

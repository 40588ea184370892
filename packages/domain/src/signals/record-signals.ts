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

function checkPeople(check: RuleCheck, people: ReadonlyArray<readonly [field: string, id: string]>, known: ReadonlySet<string>): void {
  for (const [field, id] of people) if (!known.has(id)) check.fail(field, `unknown person ${id}`, { unknownPerson: true });
}

function checkNotFuture(check: RuleCheck, occurredAt: string, now: EpochMs, policy: DecisionPolicy): void {
  if (toEpochMs(occurredAt) > now + policy.futureToleranceMs) check.fail('occurredAt', 'cannot be recorded before it happens');
}

export function decideGiveHelp(command: HelpGivenV1, context: SignalContext, policy = defaultDecisionPolicy): DecidedEvent<'HelpGiven', 1> {
  assertActingAs(context.actor, command.giverId, 'giverId', 'giver');
  const check = new RuleCheck();
  if (command.giverId === command.receiverId) check.fail('receiverId', 'help goes to someone else than the giver');
  checkPeople(
    check,
    [
      ['giverId', command.giverId],
      ['receiverId', command.receiverId],
    ],
    context.knownPeople,
  );
  checkNotFuture(check, command.occurredAt, context.now, policy);
  check.throwIfBroken('the help cannot be recorded');
  return decided('HelpGiven', 1, { ...command }, command.occurredAt);
}

export function decideMakeIntroduction(
  command: IntroductionMadeV1,
  context: SignalContext,
  policy = defaultDecisionPolicy,
): DecidedEvent<'IntroductionMade', 1> {
  assertActingAs(context.actor, command.introducerId, 'introducerId', 'introducer');
  const check = new RuleCheck();
  if (command.personAId === command.personBId) check.fail('personBId', 'an introduction connects two different people');
  if (command.personAId === command.introducerId) check.fail('personAId', 'the introducer does not introduce themselves');
  if (command.personBId === command.introducerId) check.fail('personBId', 'the introducer does not introduce themselves');
  checkPeople(
    check,
    [
      ['introducerId', command.introducerId],
      ['personAId', command.personAId],
      ['personBId', command.personBId],
    ],
    context.knownPeople,
  );
  checkNotFuture(check, command.occurredAt, context.now, policy);
  check.throwIfBroken('the introduction cannot be recorded');
  return decided('IntroductionMade', 1, { ...command }, command.occurredAt);
}

/** `interaction` is the interaction the note refers to, as it stands (null: not logged or retracted). */
export function decideSendThankYouNote(
  command: ThankYouNoteSentV1,
  context: SignalContext & { readonly interaction: InteractionLoggedV2 | null },
  policy = defaultDecisionPolicy,
): DecidedEvent<'ThankYouNoteSent', 1> {
  assertActingAs(context.actor, command.fromId, 'fromId', 'sender');
  const check = new RuleCheck();
  if (command.fromId === command.toId) check.fail('toId', 'a note goes to someone else than its sender');
  checkPeople(
    check,
    [
      ['fromId', command.fromId],
      ['toId', command.toId],
    ],
    context.knownPeople,
  );
  checkNotFuture(check, command.occurredAt, context.now, policy);
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

import { MAX_PARTICIPANTS, type Channel, type InteractionKind, type InteractionLoggedV3, type MeetingPlace } from '@rapport/contracts';
import { RuleCheck } from '../shared/domain-error';
import { toEpochMs, type EpochMs } from '../shared/clock';
import { decided, type DecidedEvent } from '../shared/decided-event';

export interface LogInteraction {
  readonly interactionId: string;
  /** Who records it (decided by the handler from who asks): corrects, retracts and owns the note. */
  readonly authorId: string;
  /** Who reached out: a fact about the interaction, not about who recorded it. */
  readonly initiatorId: string;
  readonly participantIds: readonly string[];
  readonly occurredAt: string;
  readonly channel: Channel;
  readonly durationMinutes?: number;
  readonly location?: MeetingPlace;
  readonly kind: InteractionKind;
  readonly questionsAsked?: number;
  readonly storiesTold?: number;
  readonly note?: string;
}

/** What the decider needs to know about the world; gathered by the handler. */
export interface LogInteractionState {
  /** Which of the command's participants are registered people. */
  readonly knownPeople: ReadonlySet<string>;
  readonly now: EpochMs;
}

export interface DecisionPolicy {
  /** Client clocks drift: an occurredAt up to this far ahead of `now` is accepted. */
  readonly futureToleranceMs: number;
}

export const defaultDecisionPolicy: DecisionPolicy = { futureToleranceMs: 60_000 };

/**
 * Decides whether an interaction can be logged: InteractionLogged (version 3, with its
 * author), dated when it happened. Throws DomainError naming every broken rule.
 */
export function decideLogInteraction(
  command: LogInteraction,
  state: LogInteractionState,
  policy: DecisionPolicy = defaultDecisionPolicy,
): DecidedEvent<'InteractionLogged', 3> {
  return decided('InteractionLogged', 3, loggableInteraction(command, state, policy), command.occurredAt);
}

/**
 * What an interaction records once it passes the rules of logging (a correction's
 * too): the initiator and the author take part, 2–50 distinct participants, all of
 * them known, not in the future. Throws DomainError naming every broken rule.
 */
export function loggableInteraction(
  command: LogInteraction,
  state: LogInteractionState,
  policy: DecisionPolicy = defaultDecisionPolicy,
): InteractionLoggedV3 {
  const check = new RuleCheck();
  const distinct = new Set(command.participantIds);
  if (distinct.size !== command.participantIds.length) {
    check.fail('participantIds', 'participants must be distinct');
  }
  if (distinct.size < 2 || distinct.size > MAX_PARTICIPANTS) {
    check.fail('participantIds', `an interaction has 2 to ${MAX_PARTICIPANTS} distinct participants`);
  }
  if (!distinct.has(command.initiatorId)) {
    check.fail('initiatorId', 'the initiator must be one of the participants');
  }
  // An author who is the initiator is already named above when absent.
  if (command.authorId !== command.initiatorId && !distinct.has(command.authorId)) {
    check.fail('authorId', 'whoever records an interaction is one of its participants');
  }
  command.participantIds.forEach((personId, index) => {
    if (!state.knownPeople.has(personId)) {
      check.fail(`participantIds.${index}`, `unknown person ${personId}`, { unknownPerson: true });
    }
  });
  if (toEpochMs(command.occurredAt) > state.now + policy.futureToleranceMs) {
    check.fail('occurredAt', 'an interaction cannot be logged before it happens');
  }
  check.throwIfBroken('the interaction cannot be logged');
  return { ...command, participantIds: [...command.participantIds] };
}

import type { InteractionRetractedV1 } from '@rapport/contracts';
import { DomainError } from '../shared/domain-error';
import { toEpochMs, toIso, type EpochMs } from '../shared/clock';
import type { Actor } from '../shared/actor';
import { decided, type DecidedEvent } from '../shared/decided-event';
import { loggableInteraction, type LogInteraction } from './log-interaction';
import type { InteractionState } from './interaction-state';
import { assertAuthorOrAdmin, standingInteraction } from './interaction-rules';

export interface CorrectionContext {
  readonly actor: Actor;
  readonly knownPeople: ReadonlySet<string>;
  readonly now: EpochMs;
}

/**
 * Corrections and retractions are dated at the earliest instant the interaction was
 * ever said to have happened, so "as of T" answers never depend on whether the
 * correction is known yet: a rebuild from the events up to T agrees with the
 * corrected read model queried as of T (docs/events.md).
 */
const datedEarliest = (state: InteractionState, occurredAt?: string): string =>
  toIso(Math.min(state.earliestOccurredAt ?? Infinity, occurredAt ? toEpochMs(occurredAt) : Infinity));

/**
 * The full corrected interaction, validated exactly like logging one; only whoever
 * recorded it or an admin, and its author stays who recorded it.
 */
export function decideCorrectInteraction(
  command: Omit<LogInteraction, 'authorId'>,
  state: InteractionState,
  context: CorrectionContext,
): DecidedEvent<'InteractionCorrected', 3> {
  const standing = standingInteraction(command.interactionId, state);
  assertAuthorOrAdmin(standing, context.actor, 'correct');
  if (!context.actor.isAdmin && !command.participantIds.includes(context.actor.personId ?? '')) {
    throw new DomainError('forbidden', 'a participant can only record interactions they took part in', [
      { field: 'participantIds', message: 'must include you' },
    ]);
  }
  const data = loggableInteraction({ ...command, authorId: standing.authorId }, { knownPeople: context.knownPeople, now: context.now });
  return decided('InteractionCorrected', 3, data, datedEarliest(state, data.occurredAt));
}

export function decideRetractInteraction(
  command: InteractionRetractedV1,
  state: InteractionState,
  actor: Actor,
): DecidedEvent<'InteractionRetracted', 2> {
  const standing = standingInteraction(command.interactionId, state);
  assertAuthorOrAdmin(standing, actor, 'retract');
  // Version 2: the reason is personal text, sealed with its author's key when stored.
  return decided('InteractionRetracted', 2, { interactionId: command.interactionId, reason: command.reason.trim() }, datedEarliest(state));
}

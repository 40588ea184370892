import { Injectable } from '@nestjs/common';
import { interactionStream, type CorrectInteractionRequest } from '@rapport/contracts';
import {
  decideConfirmInteraction,
  decideCorrectInteraction,
  decideCounterpartFeedback,
  decideDisputeInteraction,
  decideRetractInteraction,
  DomainError,
  interactionStateOf,
  type AnyDecidedEvent,
  type InteractionState,
} from '@rapport/domain';
import type { IdempotentOutcome, UnitOfWork } from '@rapport/event-store';
import type { CommandContext } from '../commands/command-context';
import { actorOf } from '../commands/actor';
import { CommandHandler } from '../commands/command-handler';

/**
 * Everything that happens to an interaction after it is logged: corrections and
 * retractions (whoever recorded it, or an admin), confirmations, disputes and feedback
 * (a counterpart only: a participant other than whoever recorded it). Each reads the interaction's stream, decides, and appends with
 * the stream version it read (or the caller's expectedVersion): a race is a 409.
 */
@Injectable()
export class InteractionLifecycleHandler extends CommandHandler {
  correct(interactionId: string, request: CorrectInteractionRequest, context: CommandContext): Promise<IdempotentOutcome> {
    const { expectedVersion, ...interaction } = request;
    if (interaction.interactionId && interaction.interactionId !== interactionId) {
      throw new DomainError('validation', 'the body names another interaction', [
        { field: 'interactionId', message: 'must match the path (or be left out)' },
      ]);
    }
    return this.decideOn(interactionId, context, expectedVersion, async (state, uow, now) => {
      // Registered and not erased, as when an interaction is logged.
      const knownPeople = await this.people.registeredAndNotErased(uow, interaction.participantIds);
      return decideCorrectInteraction({ ...interaction, interactionId }, state, { actor: actorOf(context), knownPeople, now });
    });
  }

  retract(interactionId: string, reason: string, expectedVersion: number | undefined, context: CommandContext): Promise<IdempotentOutcome> {
    return this.decideOn(interactionId, context, expectedVersion, async (state) =>
      decideRetractInteraction({ interactionId, reason }, state, actorOf(context)),
    );
  }

  confirm(interactionId: string, context: CommandContext): Promise<IdempotentOutcome> {
    return this.decideOn(interactionId, context, undefined, async (state) =>
      decideConfirmInteraction(interactionId, state, actorOf(context)),
    );
  }

  dispute(interactionId: string, reason: string | undefined, context: CommandContext): Promise<IdempotentOutcome> {
    return this.decideOn(interactionId, context, undefined, async (state) =>
      decideDisputeInteraction(interactionId, reason, state, actorOf(context)),
    );
  }

  feedback(interactionId: string, feltHeard: number, context: CommandContext): Promise<IdempotentOutcome> {
    return this.decideOn(interactionId, context, undefined, async (state) =>
      decideCounterpartFeedback(interactionId, feltHeard, state, actorOf(context)),
    );
  }

  /** Reads the interaction's stream, decides, and appends at the version read (or the caller's expectedVersion). */
  private decideOn(
    interactionId: string,
    context: CommandContext,
    expectedVersion: number | undefined,
    decide: (state: InteractionState, uow: UnitOfWork, now: number) => Promise<AnyDecidedEvent>,
  ): Promise<IdempotentOutcome> {
    return this.decideOnStream(
      context,
      201,
      (uow) => ({
        streamId: interactionStream(interactionId),
        expectedVersion,
        decide: (history, now) => decide(interactionStateOf(history), uow, now),
      }),
      (appended) => ({ interactionId, ...appended }),
    );
  }
}

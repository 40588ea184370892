import { Inject, Injectable } from '@nestjs/common';
import { interactionStream, toLatest, type CorrectInteractionRequest, type EventType } from '@rapport/contracts';
import {
  decideConfirmInteraction,
  decideCorrectInteraction,
  decideCounterpartFeedback,
  decideDisputeInteraction,
  decideRetractInteraction,
  DomainError,
  interactionStateOf,
  type InteractionState,
} from '@rapport/domain';
import type { ExpectedVersion, IdempotentOutcome, UnitOfWork } from '@rapport/event-store';
import { CommandRunner } from '../commands/command-runner';
import type { CommandContext } from '../commands/command-context';
import { actorOf } from '../commands/actor';
import { newEvent } from '../commands/new-event';
import { registeredAndNotErased } from '../commands/people-to-name';
import { RUNTIME } from '../tokens';
import type { Runtime } from '../runtime';
import { appended } from '../commands/appended';

interface Decision {
  readonly type: EventType;
  /** The event's schema version as written (default 1). */
  readonly schemaVersion?: number;
  readonly data: unknown;
  readonly occurredAt: string;
  readonly expectedVersion?: number | undefined;
}

/**
 * Everything that happens to an interaction after it is logged: corrections and
 * retractions (whoever recorded it, or an admin), confirmations, disputes and feedback
 * (a counterpart only: a participant other than whoever recorded it). Each reads the interaction's stream, decides, and appends with
 * the stream version it read (or the caller's expectedVersion): a race is a 409.
 */
@Injectable()
export class InteractionLifecycleHandler {
  constructor(
    @Inject(CommandRunner) private readonly commands: CommandRunner,
    @Inject(RUNTIME) private readonly runtime: Runtime,
  ) {}

  correct(interactionId: string, request: CorrectInteractionRequest, context: CommandContext): Promise<IdempotentOutcome> {
    const { expectedVersion, ...interaction } = request;
    if (interaction.interactionId && interaction.interactionId !== interactionId) {
      throw new DomainError('validation', 'the body names another interaction', [
        { field: 'interactionId', message: 'must match the path (or be left out)' },
      ]);
    }
    return this.decideOn(interactionId, context, async (state, uow) => {
      // Registered and not erased, as when an interaction is logged.
      const knownPeople = await registeredAndNotErased(uow, this.runtime.personalData.keys, interaction.participantIds);
      const decided = decideCorrectInteraction({ ...interaction, interactionId }, state, {
        actor: actorOf(context),
        knownPeople,
        now: this.runtime.clock.now(),
      });
      return { type: 'InteractionCorrected', schemaVersion: 3, ...decided, expectedVersion };
    });
  }

  retract(interactionId: string, reason: string, expectedVersion: number | undefined, context: CommandContext): Promise<IdempotentOutcome> {
    return this.decideOn(interactionId, context, async (state) => ({
      type: 'InteractionRetracted',
      ...decideRetractInteraction({ interactionId, reason }, state, actorOf(context)),
      expectedVersion,
    }));
  }

  confirm(interactionId: string, context: CommandContext): Promise<IdempotentOutcome> {
    return this.decideOn(interactionId, context, async (state) => ({
      type: 'InteractionConfirmed',
      data: decideConfirmInteraction(interactionId, state, actorOf(context)),
      occurredAt: this.now(),
    }));
  }

  dispute(interactionId: string, reason: string | undefined, context: CommandContext): Promise<IdempotentOutcome> {
    return this.decideOn(interactionId, context, async (state) => ({
      type: 'InteractionDisputed',
      data: decideDisputeInteraction(interactionId, reason, state, actorOf(context)),
      occurredAt: this.now(),
    }));
  }

  feedback(interactionId: string, feltHeard: number, context: CommandContext): Promise<IdempotentOutcome> {
    return this.decideOn(interactionId, context, async (state) => ({
      type: 'CounterpartFeedbackGiven',
      data: decideCounterpartFeedback(interactionId, feltHeard, state, actorOf(context)),
      occurredAt: this.now(),
    }));
  }

  private now(): string {
    return new Date(this.runtime.clock.now()).toISOString();
  }

  private decideOn(
    interactionId: string,
    context: CommandContext,
    decide: (state: InteractionState, uow: UnitOfWork) => Promise<Decision>,
  ): Promise<IdempotentOutcome> {
    return this.commands.run(context, async (uow) => {
      const streamId = interactionStream(interactionId);
      const state = interactionStateOf((await uow.readStream(streamId)).map(toLatest));
      const decision = await decide(state, uow);
      const expected: ExpectedVersion = decision.expectedVersion ?? state.version;
      const [result] = await uow.append([
        {
          streamId,
          expectedVersion: expected,
          events: [newEvent(decision.type, decision.schemaVersion ?? 1, decision.occurredAt, decision.data, context)],
        },
      ]);
      return {
        status: 201,
        body: { interactionId, ...appended(streamId, result) },
      };
    });
  }
}

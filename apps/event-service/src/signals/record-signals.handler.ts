import { Injectable } from '@nestjs/common';
import {
  interactionStream,
  personStream,
  toLatest,
  type GiveHelpRequest,
  type MakeIntroductionRequest,
  type SendThankYouNoteRequest,
} from '@rapport/contracts';
import {
  decideGiveHelp,
  decideMakeIntroduction,
  decideSendThankYouNote,
  interactionStateOf,
  type AnyDecidedEvent,
  type SignalContext,
} from '@rapport/domain';
import type { IdempotentOutcome, UnitOfWork } from '@rapport/event-store';
import type { CommandContext } from '../commands/command-context';
import { actorOf } from '../commands/actor';
import { CommandHandler } from '../commands/command-handler';

/**
 * Help, introductions and thank-you notes, each appended to the person stream of
 * whoever did it (giver, introducer, sender). No expected version: these signals
 * never conflict with each other, only with nothing.
 */
@Injectable()
export class RecordSignalsHandler extends CommandHandler {
  giveHelp(request: GiveHelpRequest, context: CommandContext): Promise<IdempotentOutcome> {
    return this.record(request.giverId, [request.giverId, request.receiverId], context, async (ctx) => decideGiveHelp(request, ctx));
  }

  makeIntroduction(request: MakeIntroductionRequest, context: CommandContext): Promise<IdempotentOutcome> {
    return this.record(request.introducerId, [request.introducerId, request.personAId, request.personBId], context, async (ctx) =>
      decideMakeIntroduction(request, ctx),
    );
  }

  sendThankYouNote(request: SendThankYouNoteRequest, context: CommandContext): Promise<IdempotentOutcome> {
    return this.record(request.fromId, [request.fromId, request.toId], context, async (ctx, uow) => {
      const interaction = request.interactionId
        ? interactionStateOf((await uow.readStream(interactionStream(request.interactionId))).map(toLatest)).current
        : null;
      return decideSendThankYouNote(request, { ...ctx, interaction });
    });
  }

  private record(
    ownerId: string,
    people: readonly string[],
    context: CommandContext,
    decide: (ctx: SignalContext, uow: UnitOfWork) => Promise<AnyDecidedEvent>,
  ): Promise<IdempotentOutcome> {
    return this.appendDecided(context, 201, {
      streamId: personStream(ownerId),
      expectedVersion: 'any',
      decide: async (uow, now) => {
        const knownPeople = await this.people.registeredAndNotErased(uow, people);
        return decide({ actor: actorOf(context), knownPeople, now }, uow);
      },
    });
  }
}

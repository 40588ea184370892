import { Inject, Injectable } from '@nestjs/common';
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
import { CommandRunner } from '../commands/command-runner';
import type { CommandContext } from '../commands/command-context';
import { actorOf } from '../commands/actor';
import { PeopleToName } from '../commands/people-to-name';
import { RUNTIME } from '../tokens';
import type { Runtime } from '../runtime';
import { appendDecided } from '../commands/append-decided';

/**
 * Help, introductions and thank-you notes, each appended to the person stream of
 * whoever did it (giver, introducer, sender). No expected version: these signals
 * never conflict with each other, only with nothing.
 */
@Injectable()
export class RecordSignalsHandler {
  constructor(
    @Inject(CommandRunner) private readonly commands: CommandRunner,
    @Inject(RUNTIME) private readonly runtime: Runtime,
    @Inject(PeopleToName) private readonly people: PeopleToName,
  ) {}

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
    return this.commands.run(context, async (uow) => {
      const knownPeople = await this.people.registeredAndNotErased(uow, people);
      const now = this.runtime.clock.now();
      const decided = await decide({ actor: actorOf(context), knownPeople, now }, uow);
      return {
        status: 201,
        body: await appendDecided(uow, context, now, { streamId: personStream(ownerId), expectedVersion: 'any', decided }),
      };
    });
  }
}

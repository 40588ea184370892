import { Inject, Injectable } from '@nestjs/common';
import { interactionStream, personStream, toLatest } from '@rapport/contracts';
import { decideDismissFeedbackRequest, dismissedFeedbackRequestsOf, interactionStateOf } from '@rapport/domain';
import type { IdempotentOutcome } from '@rapport/event-store';
import { CommandRunner } from '../commands/command-runner';
import type { CommandContext } from '../commands/command-context';
import { actorOf } from '../commands/actor';
import { decideOnStream } from '../commands/append-decided';
import { PeopleToName } from '../commands/people-to-name';
import { RUNTIME } from '../tokens';
import type { Runtime } from '../runtime';

/**
 * Habit 1: a person dismisses "did you feel heard?" about one interaction. The dismissal
 * lives on their person stream (appended at the version read, as targets are); the
 * interaction's own stream says whether the question is asked of them at all. A question
 * that no longer waits records nothing and answers the stream as it is.
 */
@Injectable()
export class FeedbackDismissalsHandler {
  constructor(
    @Inject(CommandRunner) private readonly commands: CommandRunner,
    @Inject(RUNTIME) private readonly runtime: Runtime,
    @Inject(PeopleToName) private readonly people: PeopleToName,
  ) {}

  dismiss(personId: string, interactionId: string, context: CommandContext): Promise<IdempotentOutcome> {
    return this.commands.run(context, async (uow) => {
      const body = await decideOnStream(uow, context, this.runtime.clock, {
        streamId: personStream(personId),
        decide: async (personEvents, now) => {
          const interaction = interactionStateOf((await uow.readStream(interactionStream(interactionId))).map(toLatest));
          const known = await this.people.registeredAndNotErased(uow, [personId]);
          return decideDismissFeedbackRequest(
            { personId, interactionId },
            {
              actor: actorOf(context),
              personKnown: known.has(personId),
              interaction,
              dismissed: dismissedFeedbackRequestsOf(personEvents),
              now,
            },
          );
        },
      });
      return { status: 200, body };
    });
  }
}

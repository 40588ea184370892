import { Injectable } from '@nestjs/common';
import { interactionStream, personStream, toLatest } from '@rapport/contracts';
import { decideDismissFeedbackRequest, dismissedFeedbackRequestsOf, interactionStateOf } from '@rapport/domain';
import type { IdempotentOutcome } from '@rapport/event-store';
import type { CommandContext } from '../commands/command-context';
import { actorOf } from '../commands/actor';
import { CommandHandler } from '../commands/command-handler';

/**
 * Habit 1: a person dismisses "did you feel heard?" about one interaction. The dismissal
 * lives on their person stream (appended at the version read, as targets are); the
 * interaction's own stream says whether the question is asked of them at all. A question
 * that no longer waits records nothing and answers the stream as it is.
 */
@Injectable()
export class FeedbackDismissalsHandler extends CommandHandler {
  dismiss(personId: string, interactionId: string, context: CommandContext): Promise<IdempotentOutcome> {
    return this.decideOnStream(context, 200, (uow) => ({
      streamId: personStream(personId),
      decide: async (personEvents, now) => {
        const interaction = interactionStateOf((await uow.readStream(interactionStream(interactionId))).map(toLatest));
        return decideDismissFeedbackRequest(
          { personId, interactionId },
          {
            actor: actorOf(context),
            personKnown: await this.people.mayName(uow, personId),
            interaction,
            dismissed: dismissedFeedbackRequestsOf(personEvents),
            now,
          },
        );
      },
    }));
  }
}

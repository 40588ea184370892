import { Injectable } from '@nestjs/common';
import {
  introductionRequestStream,
  personStream,
  toLatest,
  type AnswerIntroductionRequest,
  type RequestIntroductionRequest,
} from '@rapport/contracts';
import { decideAnswerIntroductionRequest, decideRequestIntroduction, DomainError, introductionRequestOf } from '@rapport/domain';
import type { IdempotentOutcome, StreamAppend } from '@rapport/event-store';
import { openIntroductionRequestsOf } from '@rapport/read-models';
import type { CommandContext } from '../commands/command-context';
import { actorOf } from '../commands/actor';
import { newEvent } from '../commands/new-event';
import { newEventId } from '../commands/event-ids';
import { appended } from '../commands/appended';
import { CommandHandler } from '../commands/command-handler';

/**
 * Introductions on request (habit 2): each request is its own stream, asked then answered
 * once (the answer is appended at the stream's expected version, so two answers cannot
 * both land). Making the introduction appends IntroductionMade to the introducer's person
 * stream in the same transaction: the one command path that credits introducers.
 */
@Injectable()
export class IntroductionRequestsHandler extends CommandHandler {
  request(body: RequestIntroductionRequest, context: CommandContext): Promise<IdempotentOutcome> {
    const actor = actorOf(context);
    const requesterId = body.requesterId ?? actor.personId;
    if (!requesterId) {
      throw new DomainError('validation', 'an admin asks on behalf of someone', [
        { field: 'requesterId', message: 'name the person asking for the introduction' },
      ]);
    }
    const requestId = body.requestId ?? newEventId();
    const command = { ...body, requestId, requesterId };
    // Appended at the version read: 0, as a request is asked once.
    return this.decideOnStream(
      context,
      201,
      (uow) => ({
        streamId: introductionRequestStream(requestId),
        decide: async (history) => {
          const knownPeople = await this.people.registeredAndNotErased(uow, [requesterId, body.introducerId, body.targetId]);
          // Requests still waiting, as projected: a request made a moment ago may not be there yet (the Idempotency-Key covers retries).
          const openRequests = await openIntroductionRequestsOf(uow.tx, requesterId);
          return decideRequestIntroduction(command, { actor, knownPeople, openRequests, alreadyRequested: history.length > 0 });
        },
      }),
      (asked) => ({ ...asked, requestId }),
    );
  }

  answer(requestId: string, body: AnswerIntroductionRequest, context: CommandContext): Promise<IdempotentOutcome> {
    return this.commands.run(context, async (uow) => {
      const streamId = introductionRequestStream(requestId);
      const history = await uow.readStream(streamId);
      const request = introductionRequestOf(history.map(toLatest));
      const parties = request.request ? [request.request.introducerId, request.request.requesterId, request.request.targetId] : [];
      const knownPeople = await this.people.registeredAndNotErased(uow, parties);
      const now = this.runtime.clock.now();
      const decisions = decideAnswerIntroductionRequest(
        { requestId, answer: body.answer },
        { actor: actorOf(context), request, knownPeople, now },
      );
      const at = new Date(now).toISOString();
      const [answered, ...made] = decisions.map((decision) => newEvent(decision, at, context));
      const appends: StreamAppend[] = [{ streamId, expectedVersion: history.length, events: [answered!] }];
      if (made.length > 0) appends.push({ streamId: personStream(request.request!.introducerId), expectedVersion: 'any', events: made });
      const [result] = await uow.append(appends);
      return { status: 201, body: { ...appended(streamId, result), requestId } };
    });
  }
}

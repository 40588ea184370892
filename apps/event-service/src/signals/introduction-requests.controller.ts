import { Controller, Inject, Param } from '@nestjs/common';
import { INTRODUCTION_REQUESTS_LISTED, routes, type IntroductionRequestView } from '@rapport/contracts';
import { introductionPathSentence } from '@rapport/domain';
import { introductionRequestsOf, pairStrengthsAt, type IntroductionRequestRecord } from '@rapport/read-models';
import { CurrentPrincipal, type Principal } from '../auth/principal';
import { CommandEndpoints } from '../commands/command-endpoints.decorator';
import { Endpoint } from '../http/endpoint.decorator';
import type { ParamsOf } from '../http/route-contract.pipe';
import { requireKnownPerson } from '../network/as-of';
import { RUNTIME } from '../tokens';
import type { Runtime } from '../runtime';
import { IntroductionRequestsHandler } from './introduction-requests.handler';

/** Habit 2: asking for a warm introduction, answering one, and the lists a person sees. */
@Controller()
@CommandEndpoints(IntroductionRequestsHandler, {
  requestIntroduction: (requests, { body, context }) => requests.request(body, context),
  answerIntroductionRequest: (requests, { params, body, context }) => requests.answer(params.id, body, context),
})
export class IntroductionRequestsController {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  @Endpoint(routes.introductionRequests)
  async list(@Param() { id }: ParamsOf<typeof routes.introductionRequests>, @CurrentPrincipal() principal: Principal) {
    await requireKnownPerson(this.runtime.db, id);
    const lists = await introductionRequestsOf(this.runtime.db, this.runtime.personalData.kept, id, INTRODUCTION_REQUESTS_LISTED);
    // Why the person can introduce: their ties, now, to both people of each waiting request (one statement).
    const now = this.runtime.clock.now();
    const ties =
      lists.waitingForMe.length > 0 ? await pairStrengthsAt(this.runtime.db, now, this.runtime.strength, { touching: [id] }) : [];
    const strengthTo = new Map(ties.map((t) => [t.personA === id ? t.personB : t.personA, t.strength]));
    // The note is between the requester and the introducer: anyone else (an admin) does not read it.
    const view = (r: IntroductionRequestRecord, why: IntroductionRequestView['why']): IntroductionRequestView => ({
      ...r,
      note: principal.personId === r.requesterId || principal.personId === r.introducerId ? r.note : null,
      why,
    });
    return {
      personId: id,
      waitingForMe: lists.waitingForMe.map((r) => {
        const path = { strengthToRequester: strengthTo.get(r.requesterId) ?? 0, strengthToTarget: strengthTo.get(r.targetId) ?? 0 };
        return view(r, {
          ...path,
          sentence: introductionPathSentence({ ...path, requesterName: r.requesterName, targetName: r.targetName }),
        });
      }),
      myRequests: lists.myRequests.map((r) => view(r, null)),
    };
  }
}

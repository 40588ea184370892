import { Controller, Inject, Param } from '@nestjs/common';
import { FEEDBACK_ASKED_FOR_DAYS, routes } from '@rapport/contracts';
import { feedbackRequestsOf, isKnownPerson } from '@rapport/read-models';
import { CommandEndpoints } from '../commands/command-endpoints.decorator';
import { Endpoint } from '../http/endpoint.decorator';
import type { ParamsOf } from '../http/route-contract.pipe';
import { HttpProblemError } from '../http/http-error';
import { RUNTIME } from '../tokens';
import type { Runtime } from '../runtime';
import { FeedbackDismissalsHandler } from './feedback-dismissals.handler';

const DAY = 86_400_000;

/** Habit 1: "did you feel heard?", asked of each counterpart for 30 days after an interaction, until answered, disputed or dismissed. */
@Controller()
@CommandEndpoints(FeedbackDismissalsHandler, {
  dismissFeedbackRequest: (dismissals, { params, context }) => dismissals.dismiss(params.id, params.interactionId, context),
})
export class FeedbackRequestsController {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  @Endpoint(routes.feedbackRequests)
  async feedbackRequests(@Param() { id }: ParamsOf<typeof routes.feedbackRequests>) {
    if (!(await isKnownPerson(this.runtime.db, id))) throw new HttpProblemError('not_found', `person ${id} is not known`);
    const now = this.runtime.clock.now();
    const items = await feedbackRequestsOf(this.runtime.db, id, now - FEEDBACK_ASKED_FOR_DAYS * DAY, now);
    return { items, withinDays: FEEDBACK_ASKED_FOR_DAYS };
  }
}

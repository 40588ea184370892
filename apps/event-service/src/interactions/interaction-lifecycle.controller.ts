import { Controller } from '@nestjs/common';
import { CommandEndpoints } from '../commands/command-endpoints.decorator';
import { InteractionLifecycleHandler } from './interaction-lifecycle.handler';

/** Corrections, retractions, confirmations, disputes and counterpart feedback. */
@Controller()
@CommandEndpoints(InteractionLifecycleHandler, {
  correctInteraction: (lifecycle, { params, body, context }) => lifecycle.correct(params.id, body, context),
  retractInteraction: (lifecycle, { params, body, context }) => lifecycle.retract(params.id, body.reason, body.expectedVersion, context),
  confirmInteraction: (lifecycle, { params, context }) => lifecycle.confirm(params.id, context),
  disputeInteraction: (lifecycle, { params, body, context }) => lifecycle.dispute(params.id, body.reason, context),
  giveCounterpartFeedback: (lifecycle, { params, body, context }) => lifecycle.feedback(params.id, body.feltHeard, context),
})
export class InteractionLifecycleController {}

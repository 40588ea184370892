import { Body, Controller, Inject, Param } from '@nestjs/common';
import { routes } from '@rapport/contracts';
import { Command } from '../commands/command.decorator';
import type { CommandContext } from '../commands/command-context';
import { Endpoint } from '../http/endpoint.decorator';
import type { BodyOf, ParamsOf } from '../http/route-contract.pipe';
import { InteractionLifecycleHandler } from './interaction-lifecycle.handler';

/** Corrections, retractions, confirmations, disputes and counterpart feedback. */
@Controller()
export class InteractionLifecycleController {
  constructor(@Inject(InteractionLifecycleHandler) private readonly handler: InteractionLifecycleHandler) {}

  @Endpoint(routes.correctInteraction)
  async correct(
    @Param() { id }: ParamsOf<typeof routes.correctInteraction>,
    @Body() command: BodyOf<typeof routes.correctInteraction>,
    @Command() context: CommandContext,
  ) {
    return this.handler.correct(id, command, context);
  }

  @Endpoint(routes.retractInteraction)
  async retract(
    @Param() { id }: ParamsOf<typeof routes.retractInteraction>,
    @Body() command: BodyOf<typeof routes.retractInteraction>,
    @Command() context: CommandContext,
  ) {
    return this.handler.retract(id, command.reason, command.expectedVersion, context);
  }

  @Endpoint(routes.confirmInteraction)
  async confirm(
    @Param() { id }: ParamsOf<typeof routes.confirmInteraction>,
    @Body() _body: BodyOf<typeof routes.confirmInteraction>,
    @Command() context: CommandContext,
  ) {
    return this.handler.confirm(id, context);
  }

  @Endpoint(routes.disputeInteraction)
  async dispute(
    @Param() { id }: ParamsOf<typeof routes.disputeInteraction>,
    @Body() command: BodyOf<typeof routes.disputeInteraction>,
    @Command() context: CommandContext,
  ) {
    return this.handler.dispute(id, command.reason, context);
  }

  @Endpoint(routes.giveCounterpartFeedback)
  async feedback(
    @Param() { id }: ParamsOf<typeof routes.giveCounterpartFeedback>,
    @Body() command: BodyOf<typeof routes.giveCounterpartFeedback>,
    @Command() context: CommandContext,
  ) {
    return this.handler.feedback(id, command.feltHeard, context);
  }
}

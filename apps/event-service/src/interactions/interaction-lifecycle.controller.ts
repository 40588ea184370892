import { Body, Controller, Inject, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { routes } from '@rapport/contracts';
import { CurrentPrincipal, type Principal } from '../auth/principal';
import { commandContext } from '../commands/command-context';
import { reply } from '../commands/reply';
import { Endpoint } from '../http/endpoint.decorator';
import type { BodyOf, ParamsOf } from '../http/route-contract.pipe';
import { InteractionLifecycleHandler } from './interaction-lifecycle.handler';

/** Corrections, retractions, confirmations, disputes and counterpart feedback. */
@Controller()
export class InteractionLifecycleController {
  constructor(@Inject(InteractionLifecycleHandler) private readonly handler: InteractionLifecycleHandler) {}

  @Endpoint(routes.correctInteraction)
  async correct(@Param() { id }: ParamsOf<typeof routes.correctInteraction>, @Body() command: BodyOf<typeof routes.correctInteraction>, @Req() request: Request, @Res({ passthrough: true }) response: Response, @CurrentPrincipal() principal: Principal) {
    return reply(response, await this.handler.correct(id, command, commandContext(request, principal)));
  }

  @Endpoint(routes.retractInteraction)
  async retract(@Param() { id }: ParamsOf<typeof routes.retractInteraction>, @Body() command: BodyOf<typeof routes.retractInteraction>, @Req() request: Request, @Res({ passthrough: true }) response: Response, @CurrentPrincipal() principal: Principal) {
    return reply(response, await this.handler.retract(id, command.reason, command.expectedVersion, commandContext(request, principal)));
  }

  @Endpoint(routes.confirmInteraction)
  async confirm(@Param() { id }: ParamsOf<typeof routes.confirmInteraction>, @Body() _body: BodyOf<typeof routes.confirmInteraction>, @Req() request: Request, @Res({ passthrough: true }) response: Response, @CurrentPrincipal() principal: Principal) {
    return reply(response, await this.handler.confirm(id, commandContext(request, principal)));
  }

  @Endpoint(routes.disputeInteraction)
  async dispute(@Param() { id }: ParamsOf<typeof routes.disputeInteraction>, @Body() command: BodyOf<typeof routes.disputeInteraction>, @Req() request: Request, @Res({ passthrough: true }) response: Response, @CurrentPrincipal() principal: Principal) {
    return reply(response, await this.handler.dispute(id, command.reason, commandContext(request, principal)));
  }

  @Endpoint(routes.giveCounterpartFeedback)
  async feedback(@Param() { id }: ParamsOf<typeof routes.giveCounterpartFeedback>, @Body() command: BodyOf<typeof routes.giveCounterpartFeedback>, @Req() request: Request, @Res({ passthrough: true }) response: Response, @CurrentPrincipal() principal: Principal) {
    return reply(response, await this.handler.feedback(id, command.feltHeard, commandContext(request, principal)));
  }
}

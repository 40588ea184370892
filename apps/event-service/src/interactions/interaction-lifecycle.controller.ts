import { Body, Controller, Inject, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import {
  confirmInteractionRequest,
  correctInteractionRequest,
  counterpartFeedbackRequest,
  disputeInteractionRequest,
  interactionIdParams,
  retractInteractionRequest,
  routes,
} from '@rapport/contracts';
import { CurrentPrincipal, type Principal } from '../auth/principal';
import { commandContext } from '../commands/command-context';
import { reply } from '../commands/reply';
import { Endpoint } from '../http/endpoint.decorator';
import { parseRequest } from '../http/request-validation';
import { InteractionLifecycleHandler } from './interaction-lifecycle.handler';

/** Corrections, retractions, confirmations, disputes and counterpart feedback. */
@Controller()
export class InteractionLifecycleController {
  constructor(@Inject(InteractionLifecycleHandler) private readonly handler: InteractionLifecycleHandler) {}

  @Endpoint(routes.correctInteraction)
  async correct(@Param() params: unknown, @Body() body: unknown, @Req() request: Request, @Res({ passthrough: true }) response: Response, @CurrentPrincipal() principal: Principal) {
    const { id } = parseRequest(interactionIdParams, params, 'params');
    const command = parseRequest(correctInteractionRequest, body, 'body');
    return reply(response, await this.handler.correct(id, command, commandContext(request, principal)));
  }

  @Endpoint(routes.retractInteraction)
  async retract(@Param() params: unknown, @Body() body: unknown, @Req() request: Request, @Res({ passthrough: true }) response: Response, @CurrentPrincipal() principal: Principal) {
    const { id } = parseRequest(interactionIdParams, params, 'params');
    const command = parseRequest(retractInteractionRequest, body, 'body');
    return reply(response, await this.handler.retract(id, command.reason, command.expectedVersion, commandContext(request, principal)));
  }

  @Endpoint(routes.confirmInteraction)
  async confirm(@Param() params: unknown, @Body() body: unknown, @Req() request: Request, @Res({ passthrough: true }) response: Response, @CurrentPrincipal() principal: Principal) {
    const { id } = parseRequest(interactionIdParams, params, 'params');
    parseRequest(confirmInteractionRequest, body, 'body');
    return reply(response, await this.handler.confirm(id, commandContext(request, principal)));
  }

  @Endpoint(routes.disputeInteraction)
  async dispute(@Param() params: unknown, @Body() body: unknown, @Req() request: Request, @Res({ passthrough: true }) response: Response, @CurrentPrincipal() principal: Principal) {
    const { id } = parseRequest(interactionIdParams, params, 'params');
    const command = parseRequest(disputeInteractionRequest, body, 'body');
    return reply(response, await this.handler.dispute(id, command.reason, commandContext(request, principal)));
  }

  @Endpoint(routes.giveCounterpartFeedback)
  async feedback(@Param() params: unknown, @Body() body: unknown, @Req() request: Request, @Res({ passthrough: true }) response: Response, @CurrentPrincipal() principal: Principal) {
    const { id } = parseRequest(interactionIdParams, params, 'params');
    const command = parseRequest(counterpartFeedbackRequest, body, 'body');
    return reply(response, await this.handler.feedback(id, command.feltHeard, commandContext(request, principal)));
  }
}

import { Body, Controller, Inject, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import {
  addTargetRequest,
  giveHelpRequest,
  makeIntroductionRequest,
  personIdParams,
  routes,
  sendThankYouNoteRequest,
  targetParams,
} from '@rapport/contracts';
import { CurrentPrincipal, type Principal } from '../auth/principal';
import { commandContext } from '../commands/command-context';
import { reply } from '../commands/reply';
import { Endpoint } from '../http/endpoint.decorator';
import { parseRequest } from '../http/request-validation';
import { NetworkingTargetsHandler } from './networking-targets.handler';
import { RecordSignalsHandler } from './record-signals.handler';

/** Networking signals besides interactions: help, introductions, thank-you notes, targets. */
@Controller()
export class SignalsController {
  constructor(
    @Inject(RecordSignalsHandler) private readonly signals: RecordSignalsHandler,
    @Inject(NetworkingTargetsHandler) private readonly targets: NetworkingTargetsHandler,
  ) {}

  @Endpoint(routes.giveHelp)
  async help(@Body() body: unknown, @Req() request: Request, @Res({ passthrough: true }) response: Response, @CurrentPrincipal() principal: Principal) {
    const command = parseRequest(giveHelpRequest, body, 'body');
    return reply(response, await this.signals.giveHelp(command, commandContext(request, principal)));
  }

  @Endpoint(routes.makeIntroduction)
  async introduction(@Body() body: unknown, @Req() request: Request, @Res({ passthrough: true }) response: Response, @CurrentPrincipal() principal: Principal) {
    const command = parseRequest(makeIntroductionRequest, body, 'body');
    return reply(response, await this.signals.makeIntroduction(command, commandContext(request, principal)));
  }

  @Endpoint(routes.sendThankYouNote)
  async thankYou(@Body() body: unknown, @Req() request: Request, @Res({ passthrough: true }) response: Response, @CurrentPrincipal() principal: Principal) {
    const command = parseRequest(sendThankYouNoteRequest, body, 'body');
    return reply(response, await this.signals.sendThankYouNote(command, commandContext(request, principal)));
  }

  @Endpoint(routes.addNetworkingTarget)
  async addTarget(@Param() params: unknown, @Body() body: unknown, @Req() request: Request, @Res({ passthrough: true }) response: Response, @CurrentPrincipal() principal: Principal) {
    const { id } = parseRequest(personIdParams, params, 'params');
    const { targetId } = parseRequest(addTargetRequest, body, 'body');
    return reply(response, await this.targets.add(id, targetId, commandContext(request, principal)));
  }

  @Endpoint(routes.removeNetworkingTarget)
  async removeTarget(@Param() params: unknown, @Req() request: Request, @Res({ passthrough: true }) response: Response, @CurrentPrincipal() principal: Principal) {
    const { id, targetId } = parseRequest(targetParams, params, 'params');
    return reply(response, await this.targets.remove(id, targetId, commandContext(request, principal)));
  }
}

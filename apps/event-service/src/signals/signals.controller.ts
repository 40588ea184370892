import { Body, Controller, Inject, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { routes } from '@rapport/contracts';
import { CurrentPrincipal, type Principal } from '../auth/principal';
import { commandContext } from '../commands/command-context';
import { reply } from '../commands/reply';
import { Endpoint } from '../http/endpoint.decorator';
import type { BodyOf, ParamsOf } from '../http/route-contract.pipe';
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
  async help(@Body() command: BodyOf<typeof routes.giveHelp>, @Req() request: Request, @Res({ passthrough: true }) response: Response, @CurrentPrincipal() principal: Principal) {
    return reply(response, await this.signals.giveHelp(command, commandContext(request, principal)));
  }

  @Endpoint(routes.makeIntroduction)
  async introduction(@Body() command: BodyOf<typeof routes.makeIntroduction>, @Req() request: Request, @Res({ passthrough: true }) response: Response, @CurrentPrincipal() principal: Principal) {
    return reply(response, await this.signals.makeIntroduction(command, commandContext(request, principal)));
  }

  @Endpoint(routes.sendThankYouNote)
  async thankYou(@Body() command: BodyOf<typeof routes.sendThankYouNote>, @Req() request: Request, @Res({ passthrough: true }) response: Response, @CurrentPrincipal() principal: Principal) {
    return reply(response, await this.signals.sendThankYouNote(command, commandContext(request, principal)));
  }

  @Endpoint(routes.addNetworkingTarget)
  async addTarget(@Param() { id }: ParamsOf<typeof routes.addNetworkingTarget>, @Body() body: BodyOf<typeof routes.addNetworkingTarget>, @Req() request: Request, @Res({ passthrough: true }) response: Response, @CurrentPrincipal() principal: Principal) {
    const { targetId } = body;
    return reply(response, await this.targets.add(id, targetId, commandContext(request, principal)));
  }

  @Endpoint(routes.removeNetworkingTarget)
  async removeTarget(@Param() { id, targetId }: ParamsOf<typeof routes.removeNetworkingTarget>, @Req() request: Request, @Res({ passthrough: true }) response: Response, @CurrentPrincipal() principal: Principal) {
    return reply(response, await this.targets.remove(id, targetId, commandContext(request, principal)));
  }
}

import { Body, Controller, Inject, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { routes } from '@rapport/contracts';
import { CurrentPrincipal, type Principal } from '../auth/principal';
import { commandContext } from '../commands/command-context';
import { reply } from '../commands/reply';
import { Endpoint } from '../http/endpoint.decorator';
import type { BodyOf } from '../http/route-contract.pipe';
import { LogInteractionsHandler } from './log-interactions.handler';

@Controller()
export class InteractionsController {
  constructor(@Inject(LogInteractionsHandler) private readonly handler: LogInteractionsHandler) {}

  @Endpoint(routes.logInteraction)
  async log(@Body() command: BodyOf<typeof routes.logInteraction>, @Req() request: Request, @Res({ passthrough: true }) response: Response, @CurrentPrincipal() principal: Principal) {
    return reply(response, await this.handler.logOne(command, commandContext(request, principal)));
  }

  @Endpoint(routes.logInteractionBatch)
  async logBatch(@Body() command: BodyOf<typeof routes.logInteractionBatch>, @Req() request: Request, @Res({ passthrough: true }) response: Response, @CurrentPrincipal() principal: Principal) {
    return reply(response, await this.handler.logBatch(command.interactions, commandContext(request, principal)));
  }
}

import { Body, Controller, Inject } from '@nestjs/common';
import { routes } from '@rapport/contracts';
import { Command } from '../commands/command.decorator';
import type { CommandContext } from '../commands/command-context';
import { Endpoint } from '../http/endpoint.decorator';
import type { BodyOf } from '../http/route-contract.pipe';
import { LogInteractionsHandler } from './log-interactions.handler';

@Controller()
export class InteractionsController {
  constructor(@Inject(LogInteractionsHandler) private readonly handler: LogInteractionsHandler) {}

  @Endpoint(routes.logInteraction)
  async log(@Body() command: BodyOf<typeof routes.logInteraction>, @Command() context: CommandContext) {
    return this.handler.logOne(command, context);
  }

  @Endpoint(routes.logInteractionBatch)
  async logBatch(@Body() command: BodyOf<typeof routes.logInteractionBatch>, @Command() context: CommandContext) {
    return this.handler.logBatch(command.interactions, context);
  }
}

import { Controller } from '@nestjs/common';
import { CommandEndpoints } from '../commands/command-endpoints.decorator';
import { LogInteractionsHandler } from './log-interactions.handler';

@Controller()
@CommandEndpoints(LogInteractionsHandler, {
  logInteraction: (log, { body, context }) => log.logOne(body, context),
  logInteractionBatch: (log, { body, context }) => log.logBatch(body.interactions, context),
})
export class InteractionsController {}

import { Body, Controller, Inject, Param } from '@nestjs/common';
import { routes } from '@rapport/contracts';
import { Command } from '../commands/command.decorator';
import type { CommandContext } from '../commands/command-context';
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
  async help(@Body() command: BodyOf<typeof routes.giveHelp>, @Command() context: CommandContext) {
    return this.signals.giveHelp(command, context);
  }

  @Endpoint(routes.makeIntroduction)
  async introduction(@Body() command: BodyOf<typeof routes.makeIntroduction>, @Command() context: CommandContext) {
    return this.signals.makeIntroduction(command, context);
  }

  @Endpoint(routes.sendThankYouNote)
  async thankYou(@Body() command: BodyOf<typeof routes.sendThankYouNote>, @Command() context: CommandContext) {
    return this.signals.sendThankYouNote(command, context);
  }

  @Endpoint(routes.addNetworkingTarget)
  async addTarget(
    @Param() { id }: ParamsOf<typeof routes.addNetworkingTarget>,
    @Body() { targetId }: BodyOf<typeof routes.addNetworkingTarget>,
    @Command() context: CommandContext,
  ) {
    return this.targets.add(id, targetId, context);
  }

  @Endpoint(routes.removeNetworkingTarget)
  async removeTarget(@Param() { id, targetId }: ParamsOf<typeof routes.removeNetworkingTarget>, @Command() context: CommandContext) {
    return this.targets.remove(id, targetId, context);
  }
}

import { Controller } from '@nestjs/common';
import { CommandEndpoints } from '../commands/command-endpoints.decorator';
import { NetworkingTargetsHandler } from './networking-targets.handler';
import { RecordSignalsHandler } from './record-signals.handler';

/** Networking signals besides interactions: help, introductions, thank-you notes, targets. */
@Controller()
@CommandEndpoints(RecordSignalsHandler, {
  giveHelp: (signals, { body, context }) => signals.giveHelp(body, context),
  makeIntroduction: (signals, { body, context }) => signals.makeIntroduction(body, context),
  sendThankYouNote: (signals, { body, context }) => signals.sendThankYouNote(body, context),
})
@CommandEndpoints(NetworkingTargetsHandler, {
  addNetworkingTarget: (targets, { params, body, context }) => targets.add(params.id, body.targetId, context),
  removeNetworkingTarget: (targets, { params, context }) => targets.remove(params.id, params.targetId, context),
})
export class SignalsController {}

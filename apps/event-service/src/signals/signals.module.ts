import { Module } from '@nestjs/common';
import { NetworkingTargetsHandler } from './networking-targets.handler';
import { IntroductionRequestsController } from './introduction-requests.controller';
import { IntroductionRequestsHandler } from './introduction-requests.handler';
import { RecordSignalsHandler } from './record-signals.handler';
import { SignalsController } from './signals.controller';

@Module({
  controllers: [SignalsController, IntroductionRequestsController],
  providers: [RecordSignalsHandler, NetworkingTargetsHandler, IntroductionRequestsHandler],
})
export class SignalsModule {}

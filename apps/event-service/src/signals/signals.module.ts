import { Module } from '@nestjs/common';
import { NetworkingTargetsHandler } from './networking-targets.handler';
import { RecordSignalsHandler } from './record-signals.handler';
import { SignalsController } from './signals.controller';

@Module({
  controllers: [SignalsController],
  providers: [RecordSignalsHandler, NetworkingTargetsHandler],
})
export class SignalsModule {}

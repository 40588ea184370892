import { Module } from '@nestjs/common';
import { CommandRunner } from '../commands/command-runner';
import { NetworkingTargetsHandler } from './networking-targets.handler';
import { RecordSignalsHandler } from './record-signals.handler';
import { SignalsController } from './signals.controller';

@Module({
  controllers: [SignalsController],
  providers: [CommandRunner, RecordSignalsHandler, NetworkingTargetsHandler],
})
export class SignalsModule {}

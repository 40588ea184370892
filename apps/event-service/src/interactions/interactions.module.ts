import { Module } from '@nestjs/common';
import { CommandRunner } from '../commands/command-runner';
import { InteractionsController } from './interactions.controller';
import { LogInteractionsHandler } from './log-interactions.handler';

@Module({
  controllers: [InteractionsController],
  providers: [CommandRunner, LogInteractionsHandler],
  exports: [LogInteractionsHandler],
})
export class InteractionsModule {}

import { Module } from '@nestjs/common';
import { InteractionsController } from './interactions.controller';
import { InteractionNoteController } from './interaction-note.controller';
import { LogInteractionsHandler } from './log-interactions.handler';
import { InteractionLifecycleController } from './interaction-lifecycle.controller';
import { InteractionLifecycleHandler } from './interaction-lifecycle.handler';

@Module({
  controllers: [InteractionsController, InteractionNoteController, InteractionLifecycleController],
  providers: [LogInteractionsHandler, InteractionLifecycleHandler],
  exports: [LogInteractionsHandler],
})
export class InteractionsModule {}

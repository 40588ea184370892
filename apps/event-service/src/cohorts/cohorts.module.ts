import { Module } from '@nestjs/common';
import { CommandRunner } from '../commands/command-runner';
import { CohortAnalyticsController } from './cohort-analytics.controller';
import { CohortCommandsHandler } from './cohort-commands.handler';
import { CohortsController } from './cohorts.controller';

@Module({
  controllers: [CohortsController, CohortAnalyticsController],
  providers: [CommandRunner, CohortCommandsHandler],
})
export class CohortsModule {}

import { Module } from '@nestjs/common';
import { CohortAnalyticsController } from './cohort-analytics.controller';
import { CohortCommandsHandler } from './cohort-commands.handler';
import { CohortsController } from './cohorts.controller';

@Module({
  controllers: [CohortsController, CohortAnalyticsController],
  providers: [CohortCommandsHandler],
})
export class CohortsModule {}

import { Module } from '@nestjs/common';
import { FeedbackRequestsController } from './feedback-requests.controller';
import { ScorecardController } from './scorecard.controller';

@Module({ controllers: [ScorecardController, FeedbackRequestsController] })
export class HabitsModule {}

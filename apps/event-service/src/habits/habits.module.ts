import { Module } from '@nestjs/common';
import { FeedbackDismissalsHandler } from './feedback-dismissals.handler';
import { FeedbackRequestsController } from './feedback-requests.controller';
import { ScorecardController } from './scorecard.controller';

@Module({ controllers: [ScorecardController, FeedbackRequestsController], providers: [FeedbackDismissalsHandler] })
export class HabitsModule {}

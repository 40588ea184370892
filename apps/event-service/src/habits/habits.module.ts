import { Module } from '@nestjs/common';
import { ScorecardController } from './scorecard.controller';

@Module({ controllers: [ScorecardController] })
export class HabitsModule {}

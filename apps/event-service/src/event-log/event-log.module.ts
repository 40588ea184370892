import { Module } from '@nestjs/common';
import { EventLogController } from './event-log.controller';

@Module({ controllers: [EventLogController] })
export class EventLogModule {}

import { Module } from '@nestjs/common';
import { CommandRunner } from '../commands/command-runner';
import { ReportsController } from './reports.controller';

@Module({ controllers: [ReportsController], providers: [CommandRunner] })
export class ReportsModule {}

import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { requestLogging } from './observability/request-logging';
import { AuthModule } from './auth/auth.module';
import { HealthModule } from './health/health.module';
import { ObservabilityModule } from './observability/observability.module';
import { ProblemFilter } from './http/problem.filter';
import { InteractionsModule } from './interactions/interactions.module';
import { PeopleModule } from './people/people.module';
import { PublishingModule } from './publishing/publishing.module';
import { RelationshipsModule } from './relationships/relationships.module';
import { NetworkModule } from './network/network.module';
import { OrganisationModule } from './organisation/organisation.module';
import { EventLogModule } from './event-log/event-log.module';
import { SignalsModule } from './signals/signals.module';
import { HabitsModule } from './habits/habits.module';
import { ProjectionsModule } from './projections/projections.module';
import { CohortsModule } from './cohorts/cohorts.module';
import { ManagersModule } from './managers/managers.module';
import { ReportsModule } from './reports/reports.module';
import { RUNTIME } from './tokens';
import { CommandsModule } from './commands/commands.module';
import type { Runtime } from './runtime';

@Module({})
export class AppModule {
  /** One module per capability; the runtime (store, transport, clock) comes in from the edge. */
  static forRuntime(runtime: Runtime, options: { logLevel?: string } = {}): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        LoggerModule.forRoot(requestLogging(options.logLevel ?? runtime.config.logLevel)),
        CommandsModule,
        AuthModule,
        PeopleModule,
        InteractionsModule,
        RelationshipsModule,
        NetworkModule,
        OrganisationModule,
        EventLogModule,
        SignalsModule,
        HabitsModule,
        ProjectionsModule,
        CohortsModule,
        ManagersModule,
        ReportsModule,
        HealthModule,
        ObservabilityModule,
        PublishingModule,
      ],
      providers: [
        { provide: RUNTIME, useValue: runtime },
        { provide: APP_FILTER, useClass: ProblemFilter },
      ],
      exports: [RUNTIME],
    };
  }
}

import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AuthModule } from './auth/auth.module';
import { HealthModule } from './health/health.module';
import { ProblemFilter } from './http/problem.filter';
import { InteractionsModule } from './interactions/interactions.module';
import { PeopleModule } from './people/people.module';
import { PublishingModule } from './publishing/publishing.module';
import { RelationshipsModule } from './relationships/relationships.module';
import { RUNTIME } from './tokens';
import type { Runtime } from './runtime';

@Module({})
export class AppModule {
  /** One module per capability; the runtime (store, transport, clock) comes in from the edge. */
  static forRuntime(runtime: Runtime): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [AuthModule, PeopleModule, InteractionsModule, RelationshipsModule, HealthModule, PublishingModule],
      providers: [
        { provide: RUNTIME, useValue: runtime },
        { provide: APP_FILTER, useClass: ProblemFilter },
      ],
      exports: [RUNTIME],
    };
  }
}

import { Controller, Inject, Param, Query } from '@nestjs/common';
import { asOfQuery, cohortIdParams, routes } from '@rapport/contracts';
import { Endpoint } from '../http/endpoint.decorator';
import { parseRequest } from '../http/request-validation';
import { parseAsOf } from '../network/as-of';
import { RUNTIME } from '../tokens';
import type { Runtime } from '../runtime';
import { SharedComputation } from '../http/shared-computation';
import { cohortAnalytics, cohortSeries, type CohortAnalytics } from './cohort-analytics';
import { requireCohort } from './require-cohort';

/** SPEC §6.6 cohort analytics: baseline vs as of T, per participant, week by week (admins). */
@Controller()
export class CohortAnalyticsController {
  /** The summary and the participants come from one computation; concurrent requests share it. */
  private readonly analytics = new SharedComputation<CohortAnalytics>();
  private readonly weekly = new SharedComputation<Awaited<ReturnType<typeof cohortSeries>>>();

  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  @Endpoint(routes.cohortSummary)
  async summary(@Param() params: unknown, @Query() query: unknown) {
    return (await this.analyticsFor(params, query)).summary;
  }

  @Endpoint(routes.cohortParticipants)
  async participants(@Param() params: unknown, @Query() query: unknown) {
    return (await this.analyticsFor(params, query)).participants;
  }

  @Endpoint(routes.cohortSeries)
  async series(@Param() params: unknown, @Query() query: unknown) {
    const { cohort, asOf } = await this.request(params, query);
    return this.weekly.run(JSON.stringify([cohort, asOf]), () => cohortSeries(this.runtime.db, cohort, asOf, this.runtime.strength));
  }

  private async analyticsFor(params: unknown, query: unknown): Promise<CohortAnalytics> {
    const { cohort, asOf } = await this.request(params, query);
    return this.analytics.run(JSON.stringify([cohort, asOf]), () =>
      cohortAnalytics(this.runtime.db, cohort, asOf, this.runtime.strength, () => this.runtime.clock.now()),
    );
  }

  private async request(params: unknown, query: unknown) {
    const { id } = parseRequest(cohortIdParams, params, 'params');
    const q = parseRequest(asOfQuery, query, 'query');
    const cohort = await requireCohort(this.runtime.db, id);
    return { cohort, asOf: parseAsOf(q.asOf) ?? this.runtime.clock.now() };
  }
}

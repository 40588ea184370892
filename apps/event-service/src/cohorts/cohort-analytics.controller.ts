import { Controller, Inject, Param, Query } from '@nestjs/common';
import { routes } from '@rapport/contracts';
import { keepCohortAnswer, keptCohortAnswer, type CohortRow, type KeptCohortAnswerKind } from '@rapport/read-models';
import type { SqlExecutor } from '@rapport/event-store';
import { Endpoint } from '../http/endpoint.decorator';
import type { ParamsOf, QueryOf } from '../http/route-contract.pipe';
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
  private readonly keptSummaries = new SharedComputation<CohortAnalytics['summary']>();

  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  /** A named instant's summary is kept as a row until the next projected event (keptCohortAnswer). */
  @Endpoint(routes.cohortSummary)
  async summary(@Param() { id }: ParamsOf<typeof routes.cohortSummary>, @Query() query: QueryOf<typeof routes.cohortSummary>) {
    const { cohort, asOf, named } = await this.request(id, query.asOf);
    if (!named) return (await this.analyticsFor(cohort, asOf)).summary;
    return this.keptSummaries.run(JSON.stringify([cohort, asOf]), () =>
      keptOrComputed(this.runtime.db, cohort.cohortId, asOf, 'summary', async () => (await this.analyticsFor(cohort, asOf)).summary),
    );
  }

  @Endpoint(routes.cohortParticipants)
  async participants(
    @Param() { id }: ParamsOf<typeof routes.cohortParticipants>,
    @Query() query: QueryOf<typeof routes.cohortParticipants>,
  ) {
    const { cohort, asOf } = await this.request(id, query.asOf);
    return (await this.analyticsFor(cohort, asOf)).participants;
  }

  /** A named instant's series is kept as a row until the next projected event. */
  @Endpoint(routes.cohortSeries)
  async series(@Param() { id }: ParamsOf<typeof routes.cohortSeries>, @Query() query: QueryOf<typeof routes.cohortSeries>) {
    const { cohort, asOf, named } = await this.request(id, query.asOf);
    const compute = () => cohortSeries(this.runtime.db, cohort, asOf, this.runtime.strength);
    return this.weekly.run(JSON.stringify([cohort, asOf]), () =>
      named ? keptOrComputed(this.runtime.db, cohort.cohortId, asOf, 'series', compute) : compute(),
    );
  }

  private analyticsFor(cohort: CohortRow, asOf: number): Promise<CohortAnalytics> {
    return this.analytics.run(JSON.stringify([cohort, asOf]), () =>
      cohortAnalytics(this.runtime.db, this.runtime.personalData.kept, cohort, asOf, this.runtime.strength, () => this.runtime.clock.now()),
    );
  }

  /** The cohort and the instant; `named` when the request names it (a "now" is never asked twice). */
  private async request(id: string, asOf: string | undefined) {
    const cohort = await requireCohort(this.runtime.db, id);
    const named = parseAsOf(asOf);
    return { cohort, asOf: named ?? this.runtime.clock.now(), named: named !== undefined };
  }
}

/** The kept answer while valid, else computed and kept under the stamp read before computing. */
async function keptOrComputed<T>(
  db: SqlExecutor,
  cohortId: string,
  asOf: number,
  kind: KeptCohortAnswerKind,
  compute: () => Promise<T>,
): Promise<T> {
  const kept = await keptCohortAnswer<T>(db, cohortId, asOf, kind);
  if (kept.answer) return kept.answer;
  const answer = await compute();
  await keepCohortAnswer(db, cohortId, asOf, kind, kept.stamp, answer);
  return answer;
}

import { Controller, Inject, Param, Query, UseInterceptors } from '@nestjs/common';
import { routes } from '@rapport/contracts';
import { listExports, organisationDepartments } from '@rapport/read-models';
import { cohortReportFile, managerReportFile, reportFileName } from '@rapport/reports';
import { offsetPage } from '../http/cursor';
import { Endpoint } from '../http/endpoint.decorator';
import type { ParamsOf, QueryOf } from '../http/route-contract.pipe';
import { parseAsOf } from '../network/as-of';
import { RUNTIME } from '../tokens';
import type { Runtime } from '../runtime';
import { cohortAnalytics, cohortSeries } from '../cohorts/cohort-analytics';
import { requireCohort } from '../cohorts/require-cohort';
import { managerDashboard } from '../managers/manager-dashboard';
import { ReportExportInterceptor, type ReportFile } from './report-export.interceptor';

/** Cohort and manager reports as files; every export is recorded as ReportExported (SPEC §2). */
@Controller()
export class ReportsController {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  @Endpoint(routes.cohortReport)
  @UseInterceptors(ReportExportInterceptor)
  async cohortReport(@Param() { id, format }: ParamsOf<typeof routes.cohortReport>, @Query() query: QueryOf<typeof routes.cohortReport>) {
    const asOf = parseAsOf(query.asOf) ?? this.runtime.clock.now();
    const cohort = await requireCohort(this.runtime.db, id);
    const { summary, participants } = await cohortAnalytics(
      this.runtime.db,
      this.runtime.personalData.kept,
      cohort,
      asOf,
      this.runtime.strength,
      () => this.runtime.clock.now(),
    );
    const series = await cohortSeries(this.runtime.db, cohort, asOf, this.runtime.strength);
    const departments = await organisationDepartments(this.runtime.db);
    const file = await cohortReportFile({ summary, participants, series, departments, generatedAt: this.nowIso() }, format);
    const name = reportFileName(cohort.name, summary.asOf, format);
    return { file, name, format, asOf, subject: { kind: 'cohort', cohortId: id } } satisfies ReportFile;
  }

  @Endpoint(routes.managerReport)
  @UseInterceptors(ReportExportInterceptor)
  async managerReport(
    @Param() { id, format }: ParamsOf<typeof routes.managerReport>,
    @Query() query: QueryOf<typeof routes.managerReport>,
  ) {
    const asOf = parseAsOf(query.asOf) ?? this.runtime.clock.now();
    const dashboard = await managerDashboard(
      this.runtime.db,
      this.runtime.personalData.kept,
      id,
      asOf,
      this.runtime.config.kAnonymity,
      this.runtime.strength,
    );
    const file = await managerReportFile({ dashboard, generatedAt: this.nowIso() }, format);
    const name = reportFileName(`${dashboard.managerName} organisation`, dashboard.asOf, format);
    return { file, name, format, asOf, subject: { kind: 'manager', managerId: id } } satisfies ReportFile;
  }

  @Endpoint(routes.listExports)
  exports(@Query() query: QueryOf<typeof routes.listExports>) {
    return offsetPage(query, (offset, limit) => listExports(this.runtime.db, offset, limit));
  }

  private nowIso(): string {
    return new Date(this.runtime.clock.now()).toISOString();
  }
}

import { Controller, Inject, Param, Query, Req, Res, StreamableFile } from '@nestjs/common';
import type { Request, Response } from 'express';
import { exportStream, routes, type ReportExportedV1, type ReportFormat } from '@rapport/contracts';
import { decided } from '@rapport/domain';
import { listExports, organisationDepartments } from '@rapport/read-models';
import { cohortReportFile, contentTypes, managerReportFile, reportFileName } from '@rapport/reports';
import { v7 as uuidv7 } from 'uuid';
import { CurrentPrincipal, type Principal } from '../auth/principal';
import { CommandRunner } from '../commands/command-runner';
import { commandContext } from '../commands/command-context';
import { newEvent } from '../commands/new-event';
import { decodeOffsetCursor, encodeCursor } from '../http/cursor';
import { Endpoint } from '../http/endpoint.decorator';
import type { ParamsOf, QueryOf } from '../http/route-contract.pipe';
import { parseAsOf } from '../network/as-of';
import { RUNTIME } from '../tokens';
import type { Runtime } from '../runtime';
import { cohortAnalytics, cohortSeries } from '../cohorts/cohort-analytics';
import { requireCohort } from '../cohorts/require-cohort';
import { managerDashboard } from '../managers/manager-dashboard';

/** Cohort and manager reports as files; every export is recorded as ReportExported (SPEC §2). */
@Controller()
export class ReportsController {
  constructor(
    @Inject(RUNTIME) private readonly runtime: Runtime,
    @Inject(CommandRunner) private readonly commands: CommandRunner,
  ) {}

  @Endpoint(routes.cohortReport)
  async cohortReport(
    @Param() { id, format }: ParamsOf<typeof routes.cohortReport>,
    @Query() query: QueryOf<typeof routes.cohortReport>,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
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
    await this.record({ kind: 'cohort', cohortId: id }, format, asOf, file.length, request, principal);
    return this.send(response, file, format, reportFileName(cohort.name, summary.asOf, format));
  }

  @Endpoint(routes.managerReport)
  async managerReport(
    @Param() { id, format }: ParamsOf<typeof routes.managerReport>,
    @Query() query: QueryOf<typeof routes.managerReport>,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
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
    await this.record({ kind: 'manager', managerId: id }, format, asOf, file.length, request, principal);
    return this.send(response, file, format, reportFileName(`${dashboard.managerName} organisation`, dashboard.asOf, format));
  }

  @Endpoint(routes.listExports)
  async exports(@Query() q: QueryOf<typeof routes.listExports>) {
    const offset = decodeOffsetCursor(q.cursor);
    const items = await listExports(this.runtime.db, offset, q.limit);
    return { items, nextCursor: items.length === q.limit ? encodeCursor(offset + q.limit) : null };
  }

  private nowIso(): string {
    return new Date(this.runtime.clock.now()).toISOString();
  }

  private async record(
    subject: ReportExportedV1['subject'],
    format: ReportFormat,
    asOf: number,
    bytes: number,
    request: Request,
    principal: Principal,
  ): Promise<void> {
    // Each download is its own export: no idempotency key, a fresh export stream every time.
    const context = { ...commandContext(request, principal), idempotency: null };
    await this.commands.run(context, async (uow) => {
      const exportId = uuidv7();
      const data: ReportExportedV1 = { exportId, actorId: principal.subject, subject, format, asOf: new Date(asOf).toISOString(), bytes };
      // A record of what happened, with no rule to decide: its type and version checked against the catalogue.
      const exported = decided('ReportExported', 1, data);
      await uow.append([{ streamId: exportStream(exportId), expectedVersion: 0, events: [newEvent(exported, this.nowIso(), context)] }]);
      return { status: 201, body: { exportId } };
    });
  }

  private send(response: Response, file: Buffer, format: ReportFormat, name: string): StreamableFile {
    response.setHeader('Cache-Control', 'no-store');
    return new StreamableFile(file, { type: contentTypes[format], disposition: `attachment; filename="${name}"`, length: file.length });
  }
}

import { Inject, Injectable, StreamableFile, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { exportStream, type ReportExportedV1, type ReportFormat } from '@rapport/contracts';
import { decided } from '@rapport/domain';
import { contentTypes } from '@rapport/reports';
import { mergeMap, type Observable } from 'rxjs';
import { v7 as uuidv7 } from 'uuid';
import { PRINCIPAL, type Principal } from '../auth/principal';
import { appendDecided } from '../commands/append-decided';
import { commandContext } from '../commands/command-context';
import { CommandRunner } from '../commands/command-runner';
import { RUNTIME } from '../tokens';
import type { Runtime } from '../runtime';

/** A report as its endpoint answers it: the file and its name, and what its export records. */
export interface ReportFile {
  readonly file: Buffer;
  readonly name: string;
  readonly format: ReportFormat;
  readonly subject: ReportExportedV1['subject'];
  /** The instant the report is as of. */
  readonly asOf: number;
}

/**
 * Sends a report's file, never to be cached, once its export is recorded as ReportExported
 * (SPEC §2). Each download is its own export: no idempotency key, a fresh export stream every time.
 */
@Injectable()
export class ReportExportInterceptor implements NestInterceptor {
  constructor(
    @Inject(CommandRunner) private readonly commands: CommandRunner,
    @Inject(RUNTIME) private readonly runtime: Runtime,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler<ReportFile>): Observable<StreamableFile> {
    const http = context.switchToHttp();
    return next.handle().pipe(
      mergeMap(async (report) => {
        await this.record(report, http.getRequest<Request & Record<string, unknown>>());
        http.getResponse<Response>().setHeader('Cache-Control', 'no-store');
        const { file, format, name } = report;
        return new StreamableFile(file, { type: contentTypes[format], disposition: `attachment; filename="${name}"`, length: file.length });
      }),
    );
  }

  private async record({ subject, format, asOf, file }: ReportFile, request: Request & Record<string, unknown>): Promise<void> {
    const principal = request[PRINCIPAL] as Principal;
    const context = { ...commandContext(request, principal), idempotency: null };
    await this.commands.run(context, async (uow) => {
      const exportId = uuidv7();
      const data: ReportExportedV1 = {
        exportId,
        actorId: principal.subject,
        subject,
        format,
        asOf: new Date(asOf).toISOString(),
        bytes: file.length,
      };
      // A record of what happened, with no rule to decide: its type and version checked against the catalogue.
      const exported = decided('ReportExported', 1, data);
      await appendDecided(uow, context, this.runtime.clock.now(), {
        streamId: exportStream(exportId),
        expectedVersion: 0,
        decided: exported,
      });
      return { status: 201, body: { exportId } };
    });
  }
}

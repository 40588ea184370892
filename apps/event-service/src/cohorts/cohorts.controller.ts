import { Body, Controller, Inject, Param, Query } from '@nestjs/common';
import { routes } from '@rapport/contracts';
import { cohortParticipants, listCohorts, listPrograms } from '@rapport/read-models';
import { Command } from '../commands/command.decorator';
import type { CommandContext } from '../commands/command-context';
import { decodeOffsetCursor, encodeCursor } from '../http/cursor';
import { Endpoint } from '../http/endpoint.decorator';
import type { BodyOf, ParamsOf, QueryOf } from '../http/route-contract.pipe';
import { RUNTIME } from '../tokens';
import type { Runtime } from '../runtime';
import { CohortCommandsHandler } from './cohort-commands.handler';
import { requireCohort } from './require-cohort';

const nextCursor = (offset: number, limit: number, returned: number) => (returned === limit ? encodeCursor(offset + limit) : null);

/** Programmes and cohorts: create, change, enrol, withdraw, list (admins). */
@Controller()
export class CohortsController {
  constructor(
    @Inject(CohortCommandsHandler) private readonly handler: CohortCommandsHandler,
    @Inject(RUNTIME) private readonly runtime: Runtime,
  ) {}

  @Endpoint(routes.createProgram)
  async createProgram(@Body() command: BodyOf<typeof routes.createProgram>, @Command() context: CommandContext) {
    return this.handler.createProgram(command, context);
  }

  @Endpoint(routes.listPrograms)
  async programs(@Query() q: QueryOf<typeof routes.listPrograms>) {
    const offset = decodeOffsetCursor(q.cursor);
    const items = await listPrograms(this.runtime.db, offset, q.limit);
    return { items, nextCursor: nextCursor(offset, q.limit, items.length) };
  }

  @Endpoint(routes.createCohort)
  async createCohort(@Body() command: BodyOf<typeof routes.createCohort>, @Command() context: CommandContext) {
    return this.handler.createCohort(command, context);
  }

  @Endpoint(routes.listCohorts)
  async cohorts(@Query() q: QueryOf<typeof routes.listCohorts>) {
    const offset = decodeOffsetCursor(q.cursor);
    const items = await listCohorts(this.runtime.db, { programId: q.programId }, offset, q.limit);
    return { items, nextCursor: nextCursor(offset, q.limit, items.length) };
  }

  @Endpoint(routes.cohort)
  async cohort(@Param() { id }: ParamsOf<typeof routes.cohort>) {
    const { participantCount: _count, ...cohort } = await requireCohort(this.runtime.db, id);
    return { ...cohort, participants: await cohortParticipants(this.runtime.db, id, this.runtime.personalData.kept) };
  }

  @Endpoint(routes.updateCohort)
  async updateCohort(
    @Param() { id }: ParamsOf<typeof routes.updateCohort>,
    @Body() change: BodyOf<typeof routes.updateCohort>,
    @Command() context: CommandContext,
  ) {
    return this.handler.updateCohort({ cohortId: id, ...change }, context);
  }

  @Endpoint(routes.enrolParticipant)
  async enrol(
    @Param() { id }: ParamsOf<typeof routes.enrolParticipant>,
    @Body() body: BodyOf<typeof routes.enrolParticipant>,
    @Command() context: CommandContext,
  ) {
    const { personId } = body;
    return this.handler.enrol(id, personId, context);
  }

  @Endpoint(routes.withdrawParticipant)
  async withdraw(@Param() { id, personId }: ParamsOf<typeof routes.withdrawParticipant>, @Command() context: CommandContext) {
    return this.handler.withdraw(id, personId, context);
  }
}

import { Body, Controller, Inject, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { routes } from '@rapport/contracts';
import { cohortParticipants, listCohorts, listPrograms } from '@rapport/read-models';
import { CurrentPrincipal, type Principal } from '../auth/principal';
import { commandContext } from '../commands/command-context';
import { reply } from '../commands/reply';
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
  async createProgram(@Body() command: BodyOf<typeof routes.createProgram>, @Req() request: Request, @Res({ passthrough: true }) response: Response, @CurrentPrincipal() principal: Principal) {
    return reply(response, await this.handler.createProgram(command, commandContext(request, principal)));
  }

  @Endpoint(routes.listPrograms)
  async programs(@Query() q: QueryOf<typeof routes.listPrograms>) {
    const offset = decodeOffsetCursor(q.cursor);
    const items = await listPrograms(this.runtime.db, offset, q.limit);
    return { items, nextCursor: nextCursor(offset, q.limit, items.length) };
  }

  @Endpoint(routes.createCohort)
  async createCohort(@Body() command: BodyOf<typeof routes.createCohort>, @Req() request: Request, @Res({ passthrough: true }) response: Response, @CurrentPrincipal() principal: Principal) {
    return reply(response, await this.handler.createCohort(command, commandContext(request, principal)));
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
  async updateCohort(@Param() { id }: ParamsOf<typeof routes.updateCohort>, @Body() change: BodyOf<typeof routes.updateCohort>, @Req() request: Request, @Res({ passthrough: true }) response: Response, @CurrentPrincipal() principal: Principal) {
    return reply(response, await this.handler.updateCohort({ cohortId: id, ...change }, commandContext(request, principal)));
  }

  @Endpoint(routes.enrolParticipant)
  async enrol(@Param() { id }: ParamsOf<typeof routes.enrolParticipant>, @Body() body: BodyOf<typeof routes.enrolParticipant>, @Req() request: Request, @Res({ passthrough: true }) response: Response, @CurrentPrincipal() principal: Principal) {
    const { personId } = body;
    return reply(response, await this.handler.enrol(id, personId, commandContext(request, principal)));
  }

  @Endpoint(routes.withdrawParticipant)
  async withdraw(@Param() { id, personId }: ParamsOf<typeof routes.withdrawParticipant>, @Req() request: Request, @Res({ passthrough: true }) response: Response, @CurrentPrincipal() principal: Principal) {
    return reply(response, await this.handler.withdraw(id, personId, commandContext(request, principal)));
  }
}

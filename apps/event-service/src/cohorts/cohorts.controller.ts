import { Body, Controller, Inject, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import {
  cohortIdParams,
  cohortParticipantParams,
  createCohortRequest,
  createProgramRequest,
  enrolParticipantRequest,
  listCohortsQuery,
  pageQuery,
  routes,
  updateCohortRequest,
} from '@rapport/contracts';
import { cohortParticipants, listCohorts, listPrograms } from '@rapport/read-models';
import { CurrentPrincipal, type Principal } from '../auth/principal';
import { commandContext } from '../commands/command-context';
import { reply } from '../commands/reply';
import { decodeOffsetCursor, encodeCursor } from '../http/cursor';
import { Endpoint } from '../http/endpoint.decorator';
import { parseRequest } from '../http/request-validation';
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
  async createProgram(@Body() body: unknown, @Req() request: Request, @Res({ passthrough: true }) response: Response, @CurrentPrincipal() principal: Principal) {
    const command = parseRequest(createProgramRequest, body, 'body');
    return reply(response, await this.handler.createProgram(command, commandContext(request, principal)));
  }

  @Endpoint(routes.listPrograms)
  async programs(@Query() query: unknown) {
    const q = parseRequest(pageQuery, query, 'query');
    const offset = decodeOffsetCursor(q.cursor);
    const items = await listPrograms(this.runtime.db, offset, q.limit);
    return { items, nextCursor: nextCursor(offset, q.limit, items.length) };
  }

  @Endpoint(routes.createCohort)
  async createCohort(@Body() body: unknown, @Req() request: Request, @Res({ passthrough: true }) response: Response, @CurrentPrincipal() principal: Principal) {
    const command = parseRequest(createCohortRequest, body, 'body');
    return reply(response, await this.handler.createCohort(command, commandContext(request, principal)));
  }

  @Endpoint(routes.listCohorts)
  async cohorts(@Query() query: unknown) {
    const q = parseRequest(listCohortsQuery, query, 'query');
    const offset = decodeOffsetCursor(q.cursor);
    const items = await listCohorts(this.runtime.db, { programId: q.programId }, offset, q.limit);
    return { items, nextCursor: nextCursor(offset, q.limit, items.length) };
  }

  @Endpoint(routes.cohort)
  async cohort(@Param() params: unknown) {
    const { id } = parseRequest(cohortIdParams, params, 'params');
    const { participantCount: _count, ...cohort } = await requireCohort(this.runtime.db, id);
    return { ...cohort, participants: await cohortParticipants(this.runtime.db, id, this.runtime.personalData.kept) };
  }

  @Endpoint(routes.updateCohort)
  async updateCohort(@Param() params: unknown, @Body() body: unknown, @Req() request: Request, @Res({ passthrough: true }) response: Response, @CurrentPrincipal() principal: Principal) {
    const { id } = parseRequest(cohortIdParams, params, 'params');
    const change = parseRequest(updateCohortRequest, body, 'body');
    return reply(response, await this.handler.updateCohort({ cohortId: id, ...change }, commandContext(request, principal)));
  }

  @Endpoint(routes.enrolParticipant)
  async enrol(@Param() params: unknown, @Body() body: unknown, @Req() request: Request, @Res({ passthrough: true }) response: Response, @CurrentPrincipal() principal: Principal) {
    const { id } = parseRequest(cohortIdParams, params, 'params');
    const { personId } = parseRequest(enrolParticipantRequest, body, 'body');
    return reply(response, await this.handler.enrol(id, personId, commandContext(request, principal)));
  }

  @Endpoint(routes.withdrawParticipant)
  async withdraw(@Param() params: unknown, @Req() request: Request, @Res({ passthrough: true }) response: Response, @CurrentPrincipal() principal: Principal) {
    const { id, personId } = parseRequest(cohortParticipantParams, params, 'params');
    return reply(response, await this.handler.withdraw(id, personId, commandContext(request, principal)));
  }
}

import { Controller, Inject, Param, Query } from '@nestjs/common';
import { routes } from '@rapport/contracts';
import { cohortParticipants, listCohorts, listPrograms } from '@rapport/read-models';
import { CommandEndpoints } from '../commands/command-endpoints.decorator';
import { offsetPage } from '../http/cursor';
import { Endpoint } from '../http/endpoint.decorator';
import type { ParamsOf, QueryOf } from '../http/route-contract.pipe';
import { RUNTIME } from '../tokens';
import type { Runtime } from '../runtime';
import { CohortCommandsHandler } from './cohort-commands.handler';
import { requireCohort } from './require-cohort';

/** Programmes and cohorts: create, change, enrol, withdraw, list (admins). */
@Controller()
@CommandEndpoints(CohortCommandsHandler, {
  createProgram: (cohorts, { body, context }) => cohorts.createProgram(body, context),
  createCohort: (cohorts, { body, context }) => cohorts.createCohort(body, context),
  updateCohort: (cohorts, { params, body, context }) => cohorts.updateCohort({ cohortId: params.id, ...body }, context),
  enrolParticipant: (cohorts, { params, body, context }) => cohorts.enrol(params.id, body.personId, context),
  withdrawParticipant: (cohorts, { params, context }) => cohorts.withdraw(params.id, params.personId, context),
})
export class CohortsController {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  @Endpoint(routes.listPrograms)
  programs(@Query() query: QueryOf<typeof routes.listPrograms>) {
    return offsetPage(query, (offset, limit) => listPrograms(this.runtime.db, offset, limit));
  }

  @Endpoint(routes.listCohorts)
  cohorts(@Query() query: QueryOf<typeof routes.listCohorts>) {
    return offsetPage(query, (offset, limit) => listCohorts(this.runtime.db, { programId: query.programId }, offset, limit));
  }

  @Endpoint(routes.cohort)
  async cohort(@Param() { id }: ParamsOf<typeof routes.cohort>) {
    const { participantCount: _count, ...cohort } = await requireCohort(this.runtime.db, id);
    return { ...cohort, participants: await cohortParticipants(this.runtime.db, id, this.runtime.personalData.kept) };
  }
}

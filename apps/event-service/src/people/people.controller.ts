import { Controller, Inject, Param, Query } from '@nestjs/common';
import { routes } from '@rapport/contracts';
import { listPeople, personById, personStanding } from '@rapport/read-models';
import { CommandEndpoints } from '../commands/command-endpoints.decorator';
import { Endpoint } from '../http/endpoint.decorator';
import type { ParamsOf, QueryOf } from '../http/route-contract.pipe';
import { HttpProblemError } from '../http/http-error';
import { decodeIdCursor, encodeCursor } from '../http/cursor';
import { RUNTIME } from '../tokens';
import type { Runtime } from '../runtime';
import { RegisterPeopleBatchHandler } from './register-people-batch.handler';
import { RegisterPersonHandler } from './register-person.handler';
import { UpdateProfileHandler } from './update-profile.handler';
import { ErasePersonHandler, erasedDetail } from './erase-person.handler';

/** People: registering them (one or a batch), their profiles, erasure, and reading them. */
@Controller()
@CommandEndpoints(RegisterPersonHandler, { registerPerson: (register, { body, context }) => register.execute(body, context) })
@CommandEndpoints(RegisterPeopleBatchHandler, {
  registerPeopleBatch: (registerBatch, { body, context }) => registerBatch.execute(body.people, context),
})
@CommandEndpoints(UpdateProfileHandler, {
  updateProfile: (updateProfile, { params, body, context }) => updateProfile.execute(params.id, body, context),
})
@CommandEndpoints(ErasePersonHandler, { erasePerson: (erase, { params, context }) => erase.execute(params.id, context) })
export class PeopleController {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  @Endpoint(routes.listPeople)
  async list(@Query() q: QueryOf<typeof routes.listPeople>) {
    const page = await listPeople(this.runtime.db, this.runtime.personalData.kept, {
      limit: q.limit,
      ...(q.cursor ? { after: decodeIdCursor(q.cursor) } : {}),
      ...(q.department ? { department: q.department } : {}),
      ...(q.email ? { email: q.email } : {}),
    });
    return { items: page.items, nextCursor: page.more && page.last ? encodeCursor(page.last) : null };
  }

  @Endpoint(routes.getPerson)
  async get(@Param() { id }: ParamsOf<typeof routes.getPerson>) {
    const [standing, person] = await Promise.all([
      personStanding(this.runtime.db, id),
      personById(this.runtime.db, this.runtime.personalData.kept, id),
    ]);
    if (standing === 'erased') throw new HttpProblemError('erased', erasedDetail(id));
    if (!person) throw new HttpProblemError('not_found', `person ${id} is not known`);
    return person;
  }
}

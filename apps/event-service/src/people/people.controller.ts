import { Body, Controller, Inject, Param, Query } from '@nestjs/common';
import { routes } from '@rapport/contracts';
import { listPeople, personById, personStanding } from '@rapport/read-models';
import { Command } from '../commands/command.decorator';
import type { CommandContext } from '../commands/command-context';
import { Endpoint } from '../http/endpoint.decorator';
import type { BodyOf, ParamsOf, QueryOf } from '../http/route-contract.pipe';
import { HttpProblemError } from '../http/http-error';
import { decodeIdCursor, encodeCursor } from '../http/cursor';
import { RUNTIME } from '../tokens';
import type { Runtime } from '../runtime';
import { RegisterPeopleBatchHandler } from './register-people-batch.handler';
import { RegisterPersonHandler } from './register-person.handler';
import { UpdateProfileHandler } from './update-profile.handler';
import { ErasePersonHandler, erasedDetail } from './erase-person.handler';

@Controller()
export class PeopleController {
  constructor(
    @Inject(RegisterPersonHandler) private readonly register: RegisterPersonHandler,
    @Inject(UpdateProfileHandler) private readonly updateProfile: UpdateProfileHandler,
    @Inject(ErasePersonHandler) private readonly erase: ErasePersonHandler,
    @Inject(RegisterPeopleBatchHandler) private readonly registerBatch: RegisterPeopleBatchHandler,
    @Inject(RUNTIME) private readonly runtime: Runtime,
  ) {}

  @Endpoint(routes.registerPerson)
  async create(@Body() command: BodyOf<typeof routes.registerPerson>, @Command() context: CommandContext) {
    return this.register.execute(command, context);
  }

  @Endpoint(routes.registerPeopleBatch)
  async createBatch(@Body() command: BodyOf<typeof routes.registerPeopleBatch>, @Command() context: CommandContext) {
    return this.registerBatch.execute(command.people, context);
  }

  @Endpoint(routes.updateProfile)
  async update(
    @Param() { id }: ParamsOf<typeof routes.updateProfile>,
    @Body() command: BodyOf<typeof routes.updateProfile>,
    @Command() context: CommandContext,
  ) {
    return this.updateProfile.execute(id, command, context);
  }

  @Endpoint(routes.erasePerson)
  async remove(@Param() { id }: ParamsOf<typeof routes.erasePerson>, @Command() context: CommandContext) {
    return this.erase.execute(id, context);
  }

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

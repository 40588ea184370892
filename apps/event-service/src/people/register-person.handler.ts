import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { personStream, type RegisterPersonRequest } from '@rapport/contracts';
import { decideRegisterPerson } from '@rapport/domain';
import type { IdempotentOutcome } from '@rapport/event-store';
import { CommandRunner } from '../commands/command-runner';
import type { CommandContext } from '../commands/command-context';
import { RUNTIME } from '../tokens';
import type { Runtime } from '../runtime';
import { appendDecided } from '../commands/append-decided';
import { PeopleToName } from '../commands/people-to-name';

@Injectable()
export class RegisterPersonHandler {
  constructor(
    @Inject(CommandRunner) private readonly commands: CommandRunner,
    @Inject(RUNTIME) private readonly runtime: Runtime,
    @Inject(PeopleToName) private readonly people: PeopleToName,
  ) {}

  execute(request: RegisterPersonRequest, context: CommandContext): Promise<IdempotentOutcome> {
    return this.commands.run(context, async (uow) => {
      const personId = request.personId ?? randomUUID();
      const registered = await this.people.registeredAmong(uow, [personId, ...(request.managerId ? [request.managerId] : [])]);
      const now = this.runtime.clock.now();
      const decided = decideRegisterPerson(
        { ...request, personId, registeredAt: new Date(now).toISOString() },
        { alreadyRegistered: registered.has(personId), managerKnown: !request.managerId || registered.has(request.managerId) },
      );
      const body = await appendDecided(uow, context, now, { streamId: personStream(personId), expectedVersion: 'no_stream', decided });
      return { status: 201, body: { personId, ...body } };
    });
  }
}

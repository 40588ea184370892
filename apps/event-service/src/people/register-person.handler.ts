import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { personStream, type RegisterPersonRequest } from '@rapport/contracts';
import { decideRegisterPerson } from '@rapport/domain';
import type { IdempotentOutcome } from '@rapport/event-store';
import { CommandRunner } from '../commands/command-runner';
import type { CommandContext } from '../commands/command-context';
import { newEvent } from '../commands/new-event';
import { RUNTIME } from '../tokens';
import type { Runtime } from '../runtime';
import { appendToStream } from '../commands/appended';
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
      const now = new Date(this.runtime.clock.now()).toISOString();
      const decision = decideRegisterPerson(
        { ...request, personId, registeredAt: now },
        { alreadyRegistered: registered.has(personId), managerKnown: !request.managerId || registered.has(request.managerId) },
      );
      const streamId = personStream(personId);
      const body = await appendToStream(uow, { streamId, expectedVersion: 'no_stream', events: [newEvent(decision, now, context)] });
      return { status: 201, body: { personId, ...body } };
    });
  }
}

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
import { appended } from '../commands/appended';

@Injectable()
export class RegisterPersonHandler {
  constructor(
    @Inject(CommandRunner) private readonly commands: CommandRunner,
    @Inject(RUNTIME) private readonly runtime: Runtime,
  ) {}

  execute(request: RegisterPersonRequest, context: CommandContext): Promise<IdempotentOutcome> {
    return this.commands.run(context, async (uow) => {
      const personId = request.personId ?? randomUUID();
      const streamId = personStream(personId);
      const streams = [streamId, ...(request.managerId ? [personStream(request.managerId)] : [])];
      const versions = await uow.streamVersions(streams);
      const now = new Date(this.runtime.clock.now()).toISOString();
      const data = decideRegisterPerson(
        { ...request, personId, registeredAt: now },
        {
          alreadyRegistered: (versions.get(streamId) ?? 0) > 0,
          managerKnown: !request.managerId || (versions.get(personStream(request.managerId)) ?? 0) > 0,
        },
      );
      const [result] = await uow.append([
        { streamId, expectedVersion: 'no_stream', events: [newEvent('PersonRegistered', 1, now, data, context)] },
      ]);
      return {
        status: 201,
        body: { personId, ...appended(streamId, result) },
      };
    });
  }
}

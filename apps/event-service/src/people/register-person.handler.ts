import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { personStream, type RegisterPersonRequest } from '@rapport/contracts';
import { decideRegisterPerson } from '@rapport/domain';
import type { IdempotentOutcome } from '@rapport/event-store';
import type { CommandContext } from '../commands/command-context';
import { CommandHandler } from '../commands/command-handler';

@Injectable()
export class RegisterPersonHandler extends CommandHandler {
  execute(request: RegisterPersonRequest, context: CommandContext): Promise<IdempotentOutcome> {
    const personId = request.personId ?? randomUUID();
    return this.appendDecided(
      context,
      201,
      {
        streamId: personStream(personId),
        expectedVersion: 'no_stream',
        decide: async (uow, now) => {
          const registered = await this.people.registeredAmong(uow, [personId, ...(request.managerId ? [request.managerId] : [])]);
          return decideRegisterPerson(
            { ...request, personId, registeredAt: new Date(now).toISOString() },
            { alreadyRegistered: registered.has(personId), managerKnown: !request.managerId || registered.has(request.managerId) },
          );
        },
      },
      (appended) => ({ personId, ...appended }),
    );
  }
}

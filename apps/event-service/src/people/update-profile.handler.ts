import { Injectable } from '@nestjs/common';
import { personStream, type UpdateProfileRequest } from '@rapport/contracts';
import { decideUpdateProfile } from '@rapport/domain';
import type { IdempotentOutcome } from '@rapport/event-store';
import type { CommandContext } from '../commands/command-context';
import { CommandHandler } from '../commands/command-handler';

/** PersonProfileUpdated with optimistic concurrency: a stale expectedVersion is a 409. */
@Injectable()
export class UpdateProfileHandler extends CommandHandler {
  execute(personId: string, request: UpdateProfileRequest, context: CommandContext): Promise<IdempotentOutcome> {
    const { expectedVersion, ...changes } = request;
    return this.appendDecided(context, 200, {
      streamId: personStream(personId),
      expectedVersion,
      decide: async (uow) => {
        const registered = await this.people.registeredAmong(uow, [personId, ...(changes.managerId ? [changes.managerId] : [])]);
        // Who may manage whom is the domain's rule, as at registration.
        return decideUpdateProfile(
          { personId, changes },
          { registered: registered.has(personId), managerKnown: !changes.managerId || registered.has(changes.managerId) },
        );
      },
    });
  }
}

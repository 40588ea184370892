import { Inject, Injectable } from '@nestjs/common';
import { personStream, type UpdateProfileRequest } from '@rapport/contracts';
import { DomainError } from '@rapport/domain';
import type { IdempotentOutcome } from '@rapport/event-store';
import { CommandRunner } from '../commands/command-runner';
import type { CommandContext } from '../commands/command-context';
import { newEvent } from '../commands/new-event';
import { RUNTIME } from '../tokens';
import type { Runtime } from '../runtime';
import { appended } from '../commands/appended';

/** PersonProfileUpdated with optimistic concurrency: a stale expectedVersion is a 409. */
@Injectable()
export class UpdateProfileHandler {
  constructor(
    @Inject(CommandRunner) private readonly commands: CommandRunner,
    @Inject(RUNTIME) private readonly runtime: Runtime,
  ) {}

  execute(personId: string, request: UpdateProfileRequest, context: CommandContext): Promise<IdempotentOutcome> {
    const { expectedVersion, ...changes } = request;
    return this.commands.run(context, async (uow) => {
      const streamId = personStream(personId);
      const versions = await uow.streamVersions([streamId, ...(changes.managerId ? [personStream(changes.managerId)] : [])]);
      if ((versions.get(streamId) ?? 0) === 0) throw new DomainError('not_found', `person ${personId} is not registered`);
      if (changes.managerId === personId) {
        throw new DomainError('validation', 'a person cannot manage themselves', [{ field: 'managerId', message: 'a person cannot manage themselves' }]);
      }
      if (changes.managerId && (versions.get(personStream(changes.managerId)) ?? 0) === 0) {
        throw new DomainError('unknown_person', 'unknown manager', [{ field: 'managerId', message: `unknown person ${changes.managerId}` }]);
      }
      const now = new Date(this.runtime.clock.now()).toISOString();
      const [result] = await uow.append([
        {
          streamId,
          expectedVersion,
          events: [newEvent('PersonProfileUpdated', 1, now, { personId, changes }, context)],
        },
      ]);
      return {
        status: 200,
        body: appended(streamId, result),
      };
    });
  }
}

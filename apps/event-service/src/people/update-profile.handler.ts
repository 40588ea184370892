import { Inject, Injectable } from '@nestjs/common';
import { personStream, type UpdateProfileRequest } from '@rapport/contracts';
import { decideUpdateProfile } from '@rapport/domain';
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
      const data = decideUpdateProfile(
        { personId, changes },
        {
          registered: (versions.get(streamId) ?? 0) > 0,
          managerKnown: !changes.managerId || (versions.get(personStream(changes.managerId)) ?? 0) > 0,
        },
      );
      const now = new Date(this.runtime.clock.now()).toISOString();
      const [result] = await uow.append([
        {
          streamId,
          expectedVersion,
          events: [newEvent('PersonProfileUpdated', 1, now, data, context)],
        },
      ]);
      return {
        status: 200,
        body: appended(streamId, result),
      };
    });
  }
}

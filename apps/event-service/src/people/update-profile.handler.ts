import { Inject, Injectable } from '@nestjs/common';
import { personStream, type UpdateProfileRequest } from '@rapport/contracts';
import { decideUpdateProfile } from '@rapport/domain';
import type { IdempotentOutcome } from '@rapport/event-store';
import { CommandRunner } from '../commands/command-runner';
import type { CommandContext } from '../commands/command-context';
import { PeopleToName } from '../commands/people-to-name';
import { RUNTIME } from '../tokens';
import type { Runtime } from '../runtime';
import { appendDecided } from '../commands/append-decided';

/** PersonProfileUpdated with optimistic concurrency: a stale expectedVersion is a 409. */
@Injectable()
export class UpdateProfileHandler {
  constructor(
    @Inject(CommandRunner) private readonly commands: CommandRunner,
    @Inject(RUNTIME) private readonly runtime: Runtime,
    @Inject(PeopleToName) private readonly people: PeopleToName,
  ) {}

  execute(personId: string, request: UpdateProfileRequest, context: CommandContext): Promise<IdempotentOutcome> {
    const { expectedVersion, ...changes } = request;
    return this.commands.run(context, async (uow) => {
      const registered = await this.people.registeredAmong(uow, [personId, ...(changes.managerId ? [changes.managerId] : [])]);
      // Who may manage whom is the domain's rule, as at registration.
      const decided = decideUpdateProfile(
        { personId, changes },
        { registered: registered.has(personId), managerKnown: !changes.managerId || registered.has(changes.managerId) },
      );
      const body = await appendDecided(uow, context, this.runtime.clock.now(), {
        streamId: personStream(personId),
        expectedVersion,
        decided,
      });
      return { status: 200, body };
    });
  }
}

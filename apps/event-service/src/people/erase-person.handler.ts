import { Inject, Injectable } from '@nestjs/common';
import { personStream } from '@rapport/contracts';
import { decideErasePerson } from '@rapport/domain';
import type { IdempotentOutcome } from '@rapport/event-store';
import { CommandRunner } from '../commands/command-runner';
import type { CommandContext } from '../commands/command-context';
import { newEvent } from '../commands/new-event';
import { RUNTIME } from '../tokens';
import type { Runtime } from '../runtime';
import { appendToStream } from '../commands/appended';

/** What an answer about an erased person says (the same for reading and for erasing again): the domain's words. */
export { erasedDetail } from '@rapport/domain';

/**
 * Erasure by crypto-shredding: PersonErased is recorded and the person's data key is
 * destroyed in the same transaction. Their sealed name, email, notes and reasons become
 * unreadable wherever a copy exists; their ties stay, as an anonymous node.
 */
@Injectable()
export class ErasePersonHandler {
  constructor(
    @Inject(CommandRunner) private readonly commands: CommandRunner,
    @Inject(RUNTIME) private readonly runtime: Runtime,
  ) {}

  execute(personId: string, context: CommandContext): Promise<IdempotentOutcome> {
    return this.commands.run(context, async (uow) => {
      const streamId = personStream(personId);
      const history = await uow.readStream(streamId);
      const decision = decideErasePerson(
        { personId },
        { registered: history.length > 0, erased: history.some((e) => e.type === 'PersonErased') },
      );
      await this.runtime.personalData.destroy(uow.tx, personId);
      const now = new Date(this.runtime.clock.now()).toISOString();
      const body = await appendToStream(uow, {
        streamId,
        expectedVersion: history.at(-1)!.streamVersion,
        events: [newEvent(decision, now, context)],
      });
      return { status: 200, body };
    });
  }
}

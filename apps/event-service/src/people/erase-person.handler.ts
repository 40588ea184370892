import { Injectable } from '@nestjs/common';
import { personStream } from '@rapport/contracts';
import { decideErasePerson } from '@rapport/domain';
import type { IdempotentOutcome } from '@rapport/event-store';
import type { CommandContext } from '../commands/command-context';
import { decideOnStream } from '../commands/append-decided';
import { CommandHandler } from '../commands/command-handler';

/** What an answer about an erased person says (the same for reading and for erasing again): the domain's words. */
export { erasedDetail } from '@rapport/domain';

/**
 * Erasure by crypto-shredding: PersonErased is recorded and the person's data key is
 * destroyed in the same transaction. Their sealed name, email, notes and reasons become
 * unreadable wherever a copy exists; their ties stay, as an anonymous node.
 */
@Injectable()
export class ErasePersonHandler extends CommandHandler {
  execute(personId: string, context: CommandContext): Promise<IdempotentOutcome> {
    return this.commands.run(context, async (uow) => {
      const body = await decideOnStream(uow, context, this.runtime.clock, {
        streamId: personStream(personId),
        decide: (history) =>
          decideErasePerson({ personId }, { registered: history.length > 0, erased: history.some((e) => e.type === 'PersonErased') }),
      });
      // In the same transaction: a refused or conflicting erasure keeps the key.
      await this.runtime.personalData.destroy(uow.tx, personId);
      return { status: 200, body };
    });
  }
}

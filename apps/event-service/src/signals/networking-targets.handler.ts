import { Injectable } from '@nestjs/common';
import { personStream } from '@rapport/contracts';
import { decideAddTarget, decideRemoveTarget, targetListOf } from '@rapport/domain';
import type { IdempotentOutcome } from '@rapport/event-store';
import type { CommandContext } from '../commands/command-context';
import { CommandHandler } from '../commands/command-handler';

/** Habit 2: a person's target list lives on their person stream (access: the person themselves, or an admin). */
@Injectable()
export class NetworkingTargetsHandler extends CommandHandler {
  add(personId: string, targetId: string, context: CommandContext): Promise<IdempotentOutcome> {
    return this.change(personId, targetId, context, 'add');
  }

  remove(personId: string, targetId: string, context: CommandContext): Promise<IdempotentOutcome> {
    return this.change(personId, targetId, context, 'remove');
  }

  private change(personId: string, targetId: string, context: CommandContext, how: 'add' | 'remove'): Promise<IdempotentOutcome> {
    return this.decideOnStream(context, how === 'add' ? 201 : 200, (uow) => ({
      streamId: personStream(personId),
      decide: async (events) => {
        // An erased person can no longer keep a target list or be anyone's target (removing one asks nothing of them).
        const named = await this.people.registeredAndNotErased(uow, [personId, targetId]);
        const targetContext = { personKnown: named.has(personId), targetKnown: named.has(targetId), targets: targetListOf(events) };
        const command = { personId, targetId };
        return how === 'add' ? decideAddTarget(command, targetContext) : decideRemoveTarget(command, targetContext);
      },
    }));
  }
}

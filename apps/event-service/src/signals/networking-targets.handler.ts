import { Inject, Injectable } from '@nestjs/common';
import { personStream, toLatest } from '@rapport/contracts';
import { decideAddTarget, decideRemoveTarget, targetListOf } from '@rapport/domain';
import type { IdempotentOutcome } from '@rapport/event-store';
import { CommandRunner } from '../commands/command-runner';
import type { CommandContext } from '../commands/command-context';
import { newEvent } from '../commands/new-event';
import { RUNTIME } from '../tokens';
import type { Runtime } from '../runtime';
import { appended } from '../commands/appended';

/** Habit 2: a person's target list lives on their person stream (access: the person themselves, or an admin). */
@Injectable()
export class NetworkingTargetsHandler {
  constructor(
    @Inject(CommandRunner) private readonly commands: CommandRunner,
    @Inject(RUNTIME) private readonly runtime: Runtime,
  ) {}

  add(personId: string, targetId: string, context: CommandContext): Promise<IdempotentOutcome> {
    return this.change(personId, targetId, context, 'add');
  }

  remove(personId: string, targetId: string, context: CommandContext): Promise<IdempotentOutcome> {
    return this.change(personId, targetId, context, 'remove');
  }

  private change(personId: string, targetId: string, context: CommandContext, how: 'add' | 'remove'): Promise<IdempotentOutcome> {
    return this.commands.run(context, async (uow) => {
      const streamId = personStream(personId);
      const events = await uow.readStream(streamId);
      const versions = await uow.streamVersions([personStream(targetId)]);
      // An erased person can no longer keep a target list or be anyone's target.
      const erased = await this.runtime.personalData.keys.erasedAmong(uow.tx, [personId, targetId]);
      const targetContext = {
        personKnown: events.length > 0 && !erased.has(personId),
        targetKnown: (versions.get(personStream(targetId)) ?? 0) > 0 && (how === 'remove' || !erased.has(targetId)),
        targets: targetListOf(events.map(toLatest)),
      };
      const command = { personId, targetId };
      const data = how === 'add' ? decideAddTarget(command, targetContext) : decideRemoveTarget(command, targetContext);
      const now = new Date(this.runtime.clock.now()).toISOString();
      const type = how === 'add' ? 'NetworkingTargetAdded' : 'NetworkingTargetRemoved';
      const [result] = await uow.append([{ streamId, expectedVersion: events.length, events: [newEvent(type, 1, now, data, context)] }]);
      return {
        status: how === 'add' ? 201 : 200,
        body: appended(streamId, result),
      };
    });
  }
}

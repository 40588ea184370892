import { Inject, Injectable } from '@nestjs/common';
import { personStream, toLatest } from '@rapport/contracts';
import { decideAddTarget, decideRemoveTarget, targetListOf } from '@rapport/domain';
import type { IdempotentOutcome } from '@rapport/event-store';
import { CommandRunner } from '../commands/command-runner';
import type { CommandContext } from '../commands/command-context';
import { newEvent } from '../commands/new-event';
import { PeopleToName } from '../commands/people-to-name';
import { RUNTIME } from '../tokens';
import type { Runtime } from '../runtime';
import { appendToStream } from '../commands/appended';

/** Habit 2: a person's target list lives on their person stream (access: the person themselves, or an admin). */
@Injectable()
export class NetworkingTargetsHandler {
  constructor(
    @Inject(CommandRunner) private readonly commands: CommandRunner,
    @Inject(RUNTIME) private readonly runtime: Runtime,
    @Inject(PeopleToName) private readonly people: PeopleToName,
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
      // An erased person can no longer keep a target list or be anyone's target (removing one asks nothing of them).
      const named = await this.people.registeredAndNotErased(uow, [personId, targetId]);
      const targetContext = {
        personKnown: named.has(personId),
        targetKnown: named.has(targetId),
        targets: targetListOf(events.map(toLatest)),
      };
      const command = { personId, targetId };
      const decision = how === 'add' ? decideAddTarget(command, targetContext) : decideRemoveTarget(command, targetContext);
      const now = new Date(this.runtime.clock.now()).toISOString();
      const body = await appendToStream(uow, { streamId, expectedVersion: events.length, events: [newEvent(decision, now, context)] });
      return { status: how === 'add' ? 201 : 200, body };
    });
  }
}

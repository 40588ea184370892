import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { personStream, type RegisterPersonRequest } from '@rapport/contracts';
import { decideBatch, decideRegisterPerson } from '@rapport/domain';
import type { IdempotentOutcome } from '@rapport/event-store';
import type { CommandContext } from '../commands/command-context';
import { CommandHandler } from '../commands/command-handler';
import { newEvent } from '../commands/new-event';

/**
 * Registers up to 1,000 people at once: every person is decided first, and only if
 * all of them pass are they appended, in one transaction. A manager counts as known
 * when already registered or registered by the same batch.
 */
@Injectable()
export class RegisterPeopleBatchHandler extends CommandHandler {
  execute(requests: readonly RegisterPersonRequest[], context: CommandContext): Promise<IdempotentOutcome> {
    return this.commands.run(context, async (uow) => {
      const people = requests.map((r) => ({ ...r, personId: r.personId ?? randomUUID() }));
      const inBatch = new Set(people.map((p) => p.personId));
      const mentioned = [...new Set(people.flatMap((p) => [p.personId, ...(p.managerId ? [p.managerId] : [])]))];
      const alreadyRegistered = await this.people.registeredAmong(uow, mentioned);
      const registered = (id: string) => alreadyRegistered.has(id);
      const now = new Date(this.runtime.clock.now()).toISOString();
      const seenIds = new Set<string>();
      const seenEmails = new Set<string>();
      const decided = decideBatch(people, {
        prefix: (index) => `people.${index}.`,
        refusal: 'nobody was registered: fix every listed field',
        check: (person) => {
          const email = person.email.toLowerCase();
          const twice = [
            ...(seenIds.has(person.personId) ? [{ field: 'personId', message: 'appears twice in this batch' }] : []),
            ...(seenEmails.has(email) ? [{ field: 'email', message: 'appears twice in this batch' }] : []),
          ];
          seenIds.add(person.personId);
          seenEmails.add(email);
          return twice;
        },
        decide: (person) => {
          const managerKnown = !person.managerId || registered(person.managerId) || inBatch.has(person.managerId);
          return decideRegisterPerson({ ...person, registeredAt: now }, { alreadyRegistered: registered(person.personId), managerKnown });
        },
      });

      const results = await uow.append(
        decided.map((decision) => ({
          streamId: personStream(decision.data.personId),
          expectedVersion: 'no_stream' as const,
          events: [newEvent(decision, now, context)],
        })),
      );
      return {
        status: 201,
        body: { people: results.map((r, i) => ({ personId: decided[i]!.data.personId, eventId: r.events[0]!.eventId })) },
      };
    });
  }
}

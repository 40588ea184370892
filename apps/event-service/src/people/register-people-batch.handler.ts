import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { personStream, type InvalidField, type PersonRegisteredV1, type RegisterPersonRequest } from '@rapport/contracts';
import { decideRegisterPerson, DomainError } from '@rapport/domain';
import type { IdempotentOutcome } from '@rapport/event-store';
import { CommandRunner } from '../commands/command-runner';
import type { CommandContext } from '../commands/command-context';
import { newEvent } from '../commands/new-event';
import { RUNTIME } from '../tokens';
import type { Runtime } from '../runtime';

/**
 * Registers up to 1,000 people at once: every person is decided first, and only if
 * all of them pass are they appended, in one transaction. A manager counts as known
 * when already registered or registered by the same batch.
 */
@Injectable()
export class RegisterPeopleBatchHandler {
  constructor(
    @Inject(CommandRunner) private readonly commands: CommandRunner,
    @Inject(RUNTIME) private readonly runtime: Runtime,
  ) {}

  execute(requests: readonly RegisterPersonRequest[], context: CommandContext): Promise<IdempotentOutcome> {
    return this.commands.run(context, async (uow) => {
      const people = requests.map((r) => ({ ...r, personId: r.personId ?? randomUUID() }));
      const inBatch = new Set(people.map((p) => p.personId));
      const mentioned = [...new Set(people.flatMap((p) => [p.personId, ...(p.managerId ? [p.managerId] : [])]))];
      const versions = await uow.streamVersions(mentioned.map(personStream));
      const registered = (id: string) => (versions.get(personStream(id)) ?? 0) > 0;
      const now = new Date(this.runtime.clock.now()).toISOString();
      const broken: InvalidField[] = [];
      const codes = new Set<string>();
      const decided: PersonRegisteredV1[] = [];
      const seenIds = new Set<string>();
      const seenEmails = new Set<string>();

      people.forEach((person, index) => {
        const prefix = `people.${index}.`;
        const email = person.email.toLowerCase();
        if (seenIds.has(person.personId)) broken.push({ field: `${prefix}personId`, message: 'appears twice in this batch' });
        if (seenEmails.has(email)) broken.push({ field: `${prefix}email`, message: 'appears twice in this batch' });
        if (seenIds.has(person.personId) || seenEmails.has(email)) codes.add('validation');
        seenIds.add(person.personId);
        seenEmails.add(email);
        try {
          const managerKnown = !person.managerId || registered(person.managerId) || inBatch.has(person.managerId);
          decided.push(
            decideRegisterPerson({ ...person, registeredAt: now }, { alreadyRegistered: registered(person.personId), managerKnown }),
          );
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          codes.add(error.code);
          broken.push(...error.fields.map((f) => ({ field: `${prefix}${f.field}`, message: f.message })));
        }
      });
      if (broken.length > 0) {
        // The most general broken rule names the problem: invalid input, then a clash, then unknown people.
        const code = (['validation', 'already_exists', 'unknown_person'] as const).find((c) => codes.has(c)) ?? 'validation';
        throw new DomainError(code, 'nobody was registered: fix every listed field', broken);
      }

      const results = await uow.append(
        decided.map((data) => ({
          streamId: personStream(data.personId),
          expectedVersion: 'no_stream' as const,
          events: [newEvent('PersonRegistered', 1, now, data, context)],
        })),
      );
      return {
        status: 201,
        body: { people: results.map((r, i) => ({ personId: decided[i]!.personId, eventId: r.events[0]!.eventId })) },
      };
    });
  }
}

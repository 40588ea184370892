import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { interactionStream, type LogInteractionRequest } from '@rapport/contracts';
import { decideBatch, decideLogInteraction, DomainError } from '@rapport/domain';
import type { IdempotentOutcome, RememberedResponse, UnitOfWork } from '@rapport/event-store';
import type { CommandContext } from '../commands/command-context';
import { CommandHandler } from '../commands/command-handler';
import { newEvent } from '../commands/new-event';
import { RegisteredPeople } from './registered-people';

/**
 * Logs one interaction or a batch of up to 1,000: every interaction is decided
 * first, and only if all of them pass are they appended, in one transaction.
 */
@Injectable()
export class LogInteractionsHandler extends CommandHandler {
  private readonly registeredPeople = new RegisteredPeople();

  logOne(request: LogInteractionRequest, context: CommandContext): Promise<IdempotentOutcome> {
    return this.run(context, async (uow, registered) => {
      const [logged] = await this.decideAndAppend(uow, [request], context, '', registered);
      return { status: 201, body: logged };
    });
  }

  logBatch(requests: readonly LogInteractionRequest[], context: CommandContext): Promise<IdempotentOutcome> {
    return this.run(context, async (uow, registered) => {
      const interactions = await this.decideAndAppend(uow, requests, context, 'interactions.', registered);
      return { status: 201, body: { interactions } };
    });
  }

  /** Runs the command; the people it found registered are remembered once it has committed. */
  private async run(
    context: CommandContext,
    command: (uow: UnitOfWork, registered: Set<string>) => Promise<RememberedResponse>,
  ): Promise<IdempotentOutcome> {
    const registered = new Set<string>();
    const outcome = await this.commands.run(context, (uow) => command(uow, registered));
    this.registeredPeople.remember(registered);
    return outcome;
  }

  private async decideAndAppend(
    uow: UnitOfWork,
    requests: readonly LogInteractionRequest[],
    context: CommandContext,
    fieldPrefix: string,
    registered: Set<string>,
  ): Promise<Array<{ interactionId: string; eventId: string }>> {
    const everyone = [...new Set(requests.flatMap((r) => r.participantIds))];
    // Registered and not erased, as for every command; registration is looked up in this process's memory first.
    const knownPeople = await this.people.registeredAndNotErased(uow, everyone, async (work, ids) => {
      const found = await this.registeredPeople.among(work, ids);
      for (const id of found) registered.add(id);
      return found;
    });
    const now = this.runtime.clock.now();
    const prefixOf = (index: number) => (requests.length > 1 || fieldPrefix ? `${fieldPrefix}${index}.` : '');
    // Who records each one is settled first: recording for someone else is refused outright (403).
    const authored = requests.map((request, index) => {
      return {
        ...request,
        interactionId: request.interactionId ?? randomUUID(),
        authorId: this.authorOf(request, context, prefixOf(index)),
      };
    });
    const seenIds = new Set<string>();
    const decided = decideBatch(authored, {
      prefix: prefixOf,
      refusal: 'nothing was logged: fix every listed field',
      check: ({ interactionId }) => {
        const twice = seenIds.has(interactionId);
        seenIds.add(interactionId);
        return twice ? [{ field: 'interactionId', message: 'appears twice in this batch' }] : [];
      },
      decide: (request) => decideLogInteraction(request, { knownPeople, now }),
    });

    const recordedAt = new Date(now).toISOString();
    const results = await uow.append(
      decided.map((decision) => ({
        streamId: interactionStream(decision.data.interactionId),
        expectedVersion: 'no_stream' as const,
        events: [newEvent(decision, recordedAt, context)],
      })),
    );
    return results.map((r, i) => ({ interactionId: decided[i]!.data.interactionId, eventId: r.events[0]!.eventId }));
  }

  /**
   * Who records the interaction, its author: anyone but an admin records as themselves,
   * and only interactions they took part in; an admin records on behalf of the
   * participant the request names, or of the initiator.
   */
  private authorOf(request: LogInteractionRequest, context: CommandContext, prefix: string): string {
    const { role, personId } = context.principal;
    if (role === 'admin') return request.authorId ?? request.initiatorId;
    if (!personId || !request.participantIds.includes(personId)) {
      throw new DomainError('forbidden', 'a participant can only log interactions they took part in', [
        { field: `${prefix}participantIds`, message: 'must include you' },
      ]);
    }
    if (request.authorId !== undefined && request.authorId !== personId) {
      throw new DomainError('forbidden', 'only an admin records an interaction on behalf of someone else', [
        { field: `${prefix}authorId`, message: 'must be you (or be left out)' },
      ]);
    }
    return personId;
  }
}

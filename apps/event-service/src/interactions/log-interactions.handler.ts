import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { interactionStream, type InteractionLoggedV3, type InvalidField, type LogInteractionRequest } from '@rapport/contracts';
import { decideLogInteraction, DomainError } from '@rapport/domain';
import type { IdempotentOutcome, RememberedResponse, UnitOfWork } from '@rapport/event-store';
import { CommandRunner } from '../commands/command-runner';
import type { CommandContext } from '../commands/command-context';
import { newEvent } from '../commands/new-event';
import { RUNTIME } from '../tokens';
import type { Runtime } from '../runtime';
import { RegisteredPeople } from './registered-people';

/**
 * Logs one interaction or a batch of up to 1,000: every interaction is decided
 * first, and only if all of them pass are they appended, in one transaction.
 */
@Injectable()
export class LogInteractionsHandler {
  private readonly registeredPeople = new RegisteredPeople();

  constructor(
    @Inject(CommandRunner) private readonly commands: CommandRunner,
    @Inject(RUNTIME) private readonly runtime: Runtime,
  ) {}

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
    for (const id of await this.registeredPeople.among(uow, everyone)) registered.add(id);
    // An erased person is no longer someone an interaction can be logged with (checked every time).
    const erased = await this.runtime.personalData.keys.erasedAmong(uow.tx, everyone);
    const knownPeople = new Set(everyone.filter((id) => registered.has(id) && !erased.has(id)));
    const now = this.runtime.clock.now();
    const broken: InvalidField[] = [];
    const decided: InteractionLoggedV3[] = [];
    const seenIds = new Set<string>();
    let onlyUnknownPeople = true;

    requests.forEach((request, index) => {
      const prefix = requests.length > 1 || fieldPrefix ? `${fieldPrefix}${index}.` : '';
      const interactionId = request.interactionId ?? randomUUID();
      if (seenIds.has(interactionId)) {
        broken.push({ field: `${prefix}interactionId`, message: 'appears twice in this batch' });
        onlyUnknownPeople = false;
      }
      seenIds.add(interactionId);
      const authorId = this.authorOf(request, context, prefix);
      try {
        decided.push(decideLogInteraction({ ...request, interactionId, authorId }, { knownPeople, now }));
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        if (error.code !== 'unknown_person') onlyUnknownPeople = false;
        broken.push(...error.fields.map((f) => ({ field: `${prefix}${f.field}`, message: f.message })));
      }
    });
    if (broken.length > 0) {
      throw new DomainError(onlyUnknownPeople ? 'unknown_person' : 'validation', 'nothing was logged: fix every listed field', broken);
    }

    const results = await uow.append(
      decided.map((data) => ({
        streamId: interactionStream(data.interactionId),
        expectedVersion: 'no_stream' as const,
        events: [newEvent('InteractionLogged', 3, data.occurredAt, data, context)],
      })),
    );
    return results.map((r, i) => ({ interactionId: decided[i]!.interactionId, eventId: r.events[0]!.eventId }));
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

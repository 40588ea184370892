import { Inject, Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { cohortStream, programStream, toLatest, type CohortUpdatedV1 } from '@rapport/contracts';
import {
  cohortStateOf,
  decideCreateCohort,
  decideCreateProgram,
  decideEnrol,
  decideUpdateCohort,
  decideWithdraw,
  type AnyDecidedEvent,
} from '@rapport/domain';
import type { IdempotentOutcome, UnitOfWork } from '@rapport/event-store';
import { CommandRunner } from '../commands/command-runner';
import type { CommandContext } from '../commands/command-context';
import { newEvent } from '../commands/new-event';
import { PeopleToName } from '../commands/people-to-name';
import { RUNTIME } from '../tokens';
import type { Runtime } from '../runtime';
import { appendToStream } from '../commands/appended';

export interface CreateCohortCommand {
  programId: string;
  name: string;
  startsOn: string;
  endsOn: string;
  goals: string[];
}

/** Programmes (stream program-<id>) and cohorts with their enrolments (stream cohort-<id>). */
@Injectable()
export class CohortCommandsHandler {
  constructor(
    @Inject(CommandRunner) private readonly commands: CommandRunner,
    @Inject(RUNTIME) private readonly runtime: Runtime,
    @Inject(PeopleToName) private readonly people: PeopleToName,
  ) {}

  createProgram(command: { name: string; description?: string | undefined }, context: CommandContext): Promise<IdempotentOutcome> {
    return this.commands.run(context, async (uow) => {
      const programId = uuidv7();
      const decision = decideCreateProgram(
        { programId, name: command.name, ...(command.description ? { description: command.description } : {}) },
        { programExists: false },
      );
      return this.append(uow, programStream(programId), 0, decision, context, 201);
    });
  }

  createCohort(command: CreateCohortCommand, context: CommandContext): Promise<IdempotentOutcome> {
    return this.commands.run(context, async (uow) => {
      const cohortId = uuidv7();
      const versions = await uow.streamVersions([programStream(command.programId)]);
      const decision = decideCreateCohort(
        { cohortId, ...command },
        { cohort: cohortStateOf([]), programExists: (versions.get(programStream(command.programId)) ?? 0) > 0 },
      );
      return this.append(uow, cohortStream(cohortId), 0, decision, context, 201);
    });
  }

  updateCohort(command: CohortUpdatedV1 & { expectedVersion: number }, context: CommandContext): Promise<IdempotentOutcome> {
    return this.commands.run(context, async (uow) => {
      const { expectedVersion, ...change } = command;
      const streamId = cohortStream(command.cohortId);
      const events = (await uow.readStream(streamId)).map(toLatest);
      const decision = decideUpdateCohort(change, cohortStateOf(events));
      // The store refuses the append with a 409 when the cohort moved on since expectedVersion.
      return this.append(uow, streamId, expectedVersion, decision, context, 200);
    });
  }

  enrol(cohortId: string, personId: string, context: CommandContext): Promise<IdempotentOutcome> {
    return this.enrolment(cohortId, personId, context, 'enrol');
  }

  withdraw(cohortId: string, personId: string, context: CommandContext): Promise<IdempotentOutcome> {
    return this.enrolment(cohortId, personId, context, 'withdraw');
  }

  private enrolment(cohortId: string, personId: string, context: CommandContext, how: 'enrol' | 'withdraw'): Promise<IdempotentOutcome> {
    return this.commands.run(context, async (uow) => {
      const streamId = cohortStream(cohortId);
      const events = (await uow.readStream(streamId)).map(toLatest);
      const cohort = cohortStateOf(events);
      const command = { cohortId, personId };
      if (how === 'withdraw') return this.append(uow, streamId, events.length, decideWithdraw(command, cohort), context, 200);
      // An erased person can no longer be enrolled (withdrawing them stays possible).
      const personKnown = (await this.people.registeredAndNotErased(uow, [personId])).has(personId);
      return this.append(uow, streamId, events.length, decideEnrol(command, { cohort, personKnown }), context, 201);
    });
  }

  private async append(
    uow: UnitOfWork,
    streamId: string,
    expectedVersion: number,
    decision: AnyDecidedEvent,
    context: CommandContext,
    status: number,
  ) {
    const now = new Date(this.runtime.clock.now()).toISOString();
    return { status, body: await appendToStream(uow, { streamId, expectedVersion, events: [newEvent(decision, now, context)] }) };
  }
}

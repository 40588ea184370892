import { Inject, Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { cohortStream, programStream, toLatest, type CohortUpdatedV1, type EventType } from '@rapport/contracts';
import { cohortStateOf, decideCreateCohort, decideCreateProgram, decideEnrol, decideUpdateCohort, decideWithdraw } from '@rapport/domain';
import type { IdempotentOutcome, UnitOfWork } from '@rapport/event-store';
import { CommandRunner } from '../commands/command-runner';
import type { CommandContext } from '../commands/command-context';
import { newEvent } from '../commands/new-event';
import { registeredAndNotErased } from '../commands/people-to-name';
import { RUNTIME } from '../tokens';
import type { Runtime } from '../runtime';
import { appended } from '../commands/appended';

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
  ) {}

  createProgram(command: { name: string; description?: string | undefined }, context: CommandContext): Promise<IdempotentOutcome> {
    return this.commands.run(context, async (uow) => {
      const programId = uuidv7();
      const data = decideCreateProgram(
        { programId, name: command.name, ...(command.description ? { description: command.description } : {}) },
        { programExists: false },
      );
      return this.append(uow, programStream(programId), 0, 'ProgramCreated', data, context, 201);
    });
  }

  createCohort(command: CreateCohortCommand, context: CommandContext): Promise<IdempotentOutcome> {
    return this.commands.run(context, async (uow) => {
      const cohortId = uuidv7();
      const versions = await uow.streamVersions([programStream(command.programId)]);
      const data = decideCreateCohort(
        { cohortId, ...command },
        { cohort: cohortStateOf([]), programExists: (versions.get(programStream(command.programId)) ?? 0) > 0 },
      );
      return this.append(uow, cohortStream(cohortId), 0, 'CohortCreated', data, context, 201);
    });
  }

  updateCohort(command: CohortUpdatedV1 & { expectedVersion: number }, context: CommandContext): Promise<IdempotentOutcome> {
    return this.commands.run(context, async (uow) => {
      const { expectedVersion, ...change } = command;
      const streamId = cohortStream(command.cohortId);
      const events = (await uow.readStream(streamId)).map(toLatest);
      const data = decideUpdateCohort(change, cohortStateOf(events));
      // The store refuses the append with a 409 when the cohort moved on since expectedVersion.
      return this.append(uow, streamId, expectedVersion, 'CohortUpdated', data, context, 200);
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
      if (how === 'withdraw')
        return this.append(uow, streamId, events.length, 'ParticipantWithdrawn', decideWithdraw(command, cohort), context, 200);
      // An erased person can no longer be enrolled (withdrawing them stays possible).
      const personKnown = (await registeredAndNotErased(uow, this.runtime.personalData.keys, [personId])).has(personId);
      const data = decideEnrol(command, { cohort, personKnown });
      return this.append(uow, streamId, events.length, 'ParticipantEnrolled', data, context, 201);
    });
  }

  private async append(
    uow: UnitOfWork,
    streamId: string,
    expectedVersion: number,
    type: EventType,
    data: unknown,
    context: CommandContext,
    status: number,
  ) {
    const now = new Date(this.runtime.clock.now()).toISOString();
    const [result] = await uow.append([{ streamId, expectedVersion, events: [newEvent(type, 1, now, data, context)] }]);
    return { status, body: appended(streamId, result) };
  }
}

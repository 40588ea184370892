import { Inject, Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { cohortStream, programStream, type CohortUpdatedV1 } from '@rapport/contracts';
import { cohortStateOf, decideCreateCohort, decideCreateProgram, decideEnrol, decideUpdateCohort, decideWithdraw } from '@rapport/domain';
import type { IdempotentOutcome } from '@rapport/event-store';
import { CommandRunner } from '../commands/command-runner';
import type { CommandContext } from '../commands/command-context';
import { appendDecided, decideOnStream } from '../commands/append-decided';
import { PeopleToName } from '../commands/people-to-name';
import { RUNTIME } from '../tokens';
import type { Runtime } from '../runtime';

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
      const decided = decideCreateProgram(
        { programId, name: command.name, ...(command.description ? { description: command.description } : {}) },
        { programExists: false },
      );
      const body = await appendDecided(uow, context, this.runtime.clock.now(), {
        streamId: programStream(programId),
        expectedVersion: 0,
        decided,
      });
      return { status: 201, body };
    });
  }

  createCohort(command: CreateCohortCommand, context: CommandContext): Promise<IdempotentOutcome> {
    return this.commands.run(context, async (uow) => {
      const cohortId = uuidv7();
      const versions = await uow.streamVersions([programStream(command.programId)]);
      const decided = decideCreateCohort(
        { cohortId, ...command },
        { cohort: cohortStateOf([]), programExists: (versions.get(programStream(command.programId)) ?? 0) > 0 },
      );
      const body = await appendDecided(uow, context, this.runtime.clock.now(), {
        streamId: cohortStream(cohortId),
        expectedVersion: 0,
        decided,
      });
      return { status: 201, body };
    });
  }

  updateCohort(command: CohortUpdatedV1 & { expectedVersion: number }, context: CommandContext): Promise<IdempotentOutcome> {
    return this.commands.run(context, async (uow) => {
      const { expectedVersion, ...change } = command;
      // The store refuses the append with a 409 when the cohort moved on since expectedVersion.
      const body = await decideOnStream(uow, context, this.runtime.clock, {
        streamId: cohortStream(command.cohortId),
        expectedVersion,
        decide: (events) => decideUpdateCohort(change, cohortStateOf(events)),
      });
      return { status: 200, body };
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
      const command = { cohortId, personId };
      const body = await decideOnStream(uow, context, this.runtime.clock, {
        streamId: cohortStream(cohortId),
        decide: async (events) => {
          const cohort = cohortStateOf(events);
          if (how === 'withdraw') return decideWithdraw(command, cohort);
          // An erased person can no longer be enrolled (withdrawing them stays possible).
          const personKnown = (await this.people.registeredAndNotErased(uow, [personId])).has(personId);
          return decideEnrol(command, { cohort, personKnown });
        },
      });
      return { status: how === 'enrol' ? 201 : 200, body };
    });
  }
}

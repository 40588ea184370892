import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { cohortStream, programStream, type CohortUpdatedV1 } from '@rapport/contracts';
import { cohortStateOf, decideCreateCohort, decideCreateProgram, decideEnrol, decideUpdateCohort, decideWithdraw } from '@rapport/domain';
import type { IdempotentOutcome } from '@rapport/event-store';
import type { CommandContext } from '../commands/command-context';
import { CommandHandler } from '../commands/command-handler';

export interface CreateCohortCommand {
  programId: string;
  name: string;
  startsOn: string;
  endsOn: string;
  goals: string[];
}

/** Programmes (stream program-<id>) and cohorts with their enrolments (stream cohort-<id>). */
@Injectable()
export class CohortCommandsHandler extends CommandHandler {
  createProgram(command: { name: string; description?: string | undefined }, context: CommandContext): Promise<IdempotentOutcome> {
    const programId = uuidv7();
    return this.appendDecided(context, 201, {
      streamId: programStream(programId),
      expectedVersion: 0,
      decide: () =>
        decideCreateProgram(
          { programId, name: command.name, ...(command.description ? { description: command.description } : {}) },
          { programExists: false },
        ),
    });
  }

  createCohort(command: CreateCohortCommand, context: CommandContext): Promise<IdempotentOutcome> {
    const cohortId = uuidv7();
    return this.appendDecided(context, 201, {
      streamId: cohortStream(cohortId),
      expectedVersion: 0,
      decide: async (uow) => {
        const versions = await uow.streamVersions([programStream(command.programId)]);
        const programExists = (versions.get(programStream(command.programId)) ?? 0) > 0;
        return decideCreateCohort({ cohortId, ...command }, { cohort: cohortStateOf([]), programExists });
      },
    });
  }

  updateCohort(command: CohortUpdatedV1 & { expectedVersion: number }, context: CommandContext): Promise<IdempotentOutcome> {
    const { expectedVersion, ...change } = command;
    // The store refuses the append with a 409 when the cohort moved on since expectedVersion.
    return this.decideOnStream(context, 200, () => ({
      streamId: cohortStream(command.cohortId),
      expectedVersion,
      decide: (events) => decideUpdateCohort(change, cohortStateOf(events)),
    }));
  }

  enrol(cohortId: string, personId: string, context: CommandContext): Promise<IdempotentOutcome> {
    return this.decideOnStream(context, 201, (uow) => ({
      streamId: cohortStream(cohortId),
      decide: async (events) => {
        const cohort = cohortStateOf(events);
        // An erased person can no longer be enrolled (withdrawing them stays possible).
        return decideEnrol({ cohortId, personId }, { cohort, personKnown: await this.people.mayName(uow, personId) });
      },
    }));
  }

  withdraw(cohortId: string, personId: string, context: CommandContext): Promise<IdempotentOutcome> {
    return this.decideOnStream(context, 200, () => ({
      streamId: cohortStream(cohortId),
      decide: (events) => decideWithdraw({ cohortId, personId }, cohortStateOf(events)),
    }));
  }
}

import { describe, it } from 'vitest';
import type { CohortCreatedV1, CohortUpdatedV1, ParticipantEnrolledV1, RapportEvent } from '@rapport/contracts';
import { decideCreateCohort, decideCreateProgram, decideEnrol, decideUpdateCohort, decideWithdraw } from './cohort-deciders';
import { cohortStateOf } from './cohort-state';
import { deciderSpecification } from '../shared/decider-specification.testing';

const program = '00000000-0000-4000-8000-0000000000a1';
const cohort = '00000000-0000-4000-8000-0000000000c1';
const ana = '00000000-0000-4000-8000-00000000000a';
const ben = '00000000-0000-4000-8000-00000000000b';

let version = 0;
const event = (type: string, data: unknown): RapportEvent =>
  ({
    type,
    data,
    eventId: `e${++version}`,
    schemaVersion: 1,
    streamId: `cohort-${cohort}`,
    streamVersion: version,
    occurredAt: '2026-01-01T00:00:00Z',
    recordedAt: '2026-01-01T00:00:00Z',
    actorId: 'admin',
    correlationId: 'c',
    causationId: null,
  }) as RapportEvent;
const created = event('CohortCreated', {
  cohortId: cohort,
  programId: program,
  name: 'Spring leaders',
  startsOn: '2026-03-02',
  endsOn: '2026-06-26',
  goals: ['Cross the silos'],
});
const enrolled = event('ParticipantEnrolled', { cohortId: cohort, personId: ana });
const withdrawn = event('ParticipantWithdrawn', { cohortId: cohort, personId: ana });

/** Given whether the programme exists, when it is created. */
const creatingProgram = deciderSpecification((programExists: boolean, command: { programId: string; name: string }) =>
  decideCreateProgram(command, { programExists }),
);
/** Given the cohort's stream (and whether its programme exists), when a cohort is created or changed. */
const creatingCohort = deciderSpecification((past: { events: readonly RapportEvent[]; programExists: boolean }, command: CohortCreatedV1) =>
  decideCreateCohort(command, { cohort: cohortStateOf(past.events), programExists: past.programExists }),
);
const updating = deciderSpecification((past: readonly RapportEvent[], command: CohortUpdatedV1) =>
  decideUpdateCohort(command, cohortStateOf(past)),
);
/** Given the cohort's stream and whether the person is registered (and not erased), when they are enrolled. */
const enrolling = deciderSpecification((past: { events: readonly RapportEvent[]; personKnown: boolean }, command: ParticipantEnrolledV1) =>
  decideEnrol(command, { cohort: cohortStateOf(past.events), personKnown: past.personKnown }),
);
const withdrawing = deciderSpecification((past: readonly RapportEvent[], command: ParticipantEnrolledV1) =>
  decideWithdraw(command, cohortStateOf(past)),
);

describe('programmes and cohorts', () => {
  it('when a programme is created twice, then the second is refused', () => {
    creatingProgram
      .given(false)
      .when({ programId: program, name: 'Leaders' })
      .then({ type: 'ProgramCreated', schemaVersion: 1, data: { programId: program, name: 'Leaders' } });
    creatingProgram.given(true).when({ programId: program, name: 'Leaders' }).thenRefuses('already_exists');
  });

  it('given no cohort, when one is created for an unknown programme ending before it starts, then both fields are named', () => {
    creatingCohort
      .given({ events: [], programExists: false })
      .when({ cohortId: cohort, programId: program, name: 'X', startsOn: '2026-03-02', endsOn: '2026-03-01', goals: [] })
      .thenRefuses('validation', ['programId', 'endsOn']);
  });

  it('given a cohort, when it is updated, then only the fields that change are recorded', () => {
    updating
      .given([created])
      .when({ cohortId: cohort, name: 'Spring leaders', endsOn: '2026-07-03' })
      .then({ type: 'CohortUpdated', schemaVersion: 1, data: { cohortId: cohort, endsOn: '2026-07-03' } });
    updating.given([created]).when({ cohortId: cohort, name: 'Spring leaders' }).thenRefuses('validation');
    updating.given([created]).when({ cohortId: cohort, startsOn: '2026-07-01' }).thenRefuses('validation', ['endsOn']);
  });

  it('given ana enrolled, when she is enrolled again, then it is refused; after withdrawing she may rejoin', () => {
    enrolling
      .given({ events: [created, enrolled], personKnown: true })
      .when({ cohortId: cohort, personId: ana })
      .thenRefuses('invalid_state');
    enrolling
      .given({ events: [created, enrolled, withdrawn], personKnown: true })
      .when({ cohortId: cohort, personId: ana })
      .then({ type: 'ParticipantEnrolled', schemaVersion: 1, data: { cohortId: cohort, personId: ana } });
  });

  it('refuses enrolling an unknown person or withdrawing someone not enrolled', () => {
    enrolling
      .given({ events: [created], personKnown: false })
      .when({ cohortId: cohort, personId: ben })
      .thenRefuses('unknown_person', ['personId']);
    withdrawing.given([created]).when({ cohortId: cohort, personId: ben }).thenRefuses('not_found');
    enrolling.given({ events: [], personKnown: true }).when({ cohortId: cohort, personId: ben }).thenRefuses('not_found');
  });

  it('given ana enrolled, when she withdraws, then ParticipantWithdrawn records it', () => {
    withdrawing
      .given([created, enrolled])
      .when({ cohortId: cohort, personId: ana })
      .then({ type: 'ParticipantWithdrawn', schemaVersion: 1, data: { cohortId: cohort, personId: ana } });
  });
});

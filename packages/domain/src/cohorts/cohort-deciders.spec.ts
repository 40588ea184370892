import { describe, expect, it } from 'vitest';
import type { RapportEvent } from '@rapport/contracts';
import { decideCreateCohort, decideCreateProgram, decideEnrol, decideUpdateCohort, decideWithdraw } from './cohort-deciders';
import { cohortStateOf } from './cohort-state';
import { refusalOf } from '../shared/refusal.testing';

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
const given = (...events: RapportEvent[]) => cohortStateOf(events);

describe('programmes and cohorts', () => {
  it('when a programme is created twice, then the second is refused', () => {
    expect(decideCreateProgram({ programId: program, name: 'Leaders' }, { programExists: false })).toEqual({
      programId: program,
      name: 'Leaders',
    });
    expect(refusalOf(() => decideCreateProgram({ programId: program, name: 'Leaders' }, { programExists: true })).code).toBe(
      'already_exists',
    );
  });

  it('given no cohort, when one is created for an unknown programme ending before it starts, then both fields are named', () => {
    const command = { cohortId: cohort, programId: program, name: 'X', startsOn: '2026-03-02', endsOn: '2026-03-01', goals: [] };
    expect(refusalOf(() => decideCreateCohort(command, { cohort: given(), programExists: false }))).toEqual({
      code: 'validation',
      fields: ['programId', 'endsOn'],
    });
  });

  it('given a cohort, when it is updated, then only the fields that change are recorded', () => {
    expect(decideUpdateCohort({ cohortId: cohort, name: 'Spring leaders', endsOn: '2026-07-03' }, given(created))).toEqual({
      cohortId: cohort,
      endsOn: '2026-07-03',
    });
    expect(refusalOf(() => decideUpdateCohort({ cohortId: cohort, name: 'Spring leaders' }, given(created))).code).toBe('validation');
    expect(refusalOf(() => decideUpdateCohort({ cohortId: cohort, startsOn: '2026-07-01' }, given(created))).fields).toEqual(['endsOn']);
  });

  it('given ana enrolled, when she is enrolled again, then it is refused; after withdrawing she may rejoin', () => {
    const enrolled = event('ParticipantEnrolled', { cohortId: cohort, personId: ana });
    expect(
      refusalOf(() => decideEnrol({ cohortId: cohort, personId: ana }, { cohort: given(created, enrolled), personKnown: true })).code,
    ).toBe('invalid_state');
    const withdrawn = event('ParticipantWithdrawn', { cohortId: cohort, personId: ana });
    expect(decideEnrol({ cohortId: cohort, personId: ana }, { cohort: given(created, enrolled, withdrawn), personKnown: true })).toEqual({
      cohortId: cohort,
      personId: ana,
    });
  });

  it('refuses enrolling an unknown person or withdrawing someone not enrolled', () => {
    expect(refusalOf(() => decideEnrol({ cohortId: cohort, personId: ben }, { cohort: given(created), personKnown: false }))).toEqual({
      code: 'unknown_person',
      fields: ['personId'],
    });
    expect(refusalOf(() => decideWithdraw({ cohortId: cohort, personId: ben }, given(created))).code).toBe('not_found');
    expect(refusalOf(() => decideEnrol({ cohortId: cohort, personId: ben }, { cohort: given(), personKnown: true })).code).toBe(
      'not_found',
    );
  });
});

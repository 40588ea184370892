import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withReadModelsDatabase } from '../property/read-models-database';
import type { RapportEvent } from '@rapport/contracts';
import { defaultStrengthParameters } from '@rapport/domain';
import type { Database } from '@rapport/event-store';
import { projectEvents } from '../project-events';
import { cohortById, cohortParticipants, listExports, listPrograms } from './cohorts.query';

let db: Database;
withReadModelsDatabase((opened) => (db = opened));

const program = '00000000-0000-4000-8000-0000000000a1';
const cohort = '00000000-0000-4000-8000-0000000000c1';
const ana = '00000000-0000-4000-8000-00000000000a';
const ben = '00000000-0000-4000-8000-00000000000b';
let n = 0;
const event = (type: string, streamId: string, streamVersion: number, data: unknown): RapportEvent =>
  ({
    eventId: `00000000-0000-7000-8000-${String(++n).padStart(12, '0')}`,
    type,
    schemaVersion: 1,
    streamId,
    streamVersion,
    occurredAt: `2026-03-0${streamVersion}T09:00:00.000Z`,
    recordedAt: '2026-03-09T09:00:00.000Z',
    actorId: 'admin',
    correlationId: 'c',
    causationId: null,
    data,
  }) as RapportEvent;

const history: RapportEvent[] = [
  event('ProgramCreated', `program-${program}`, 1, { programId: program, name: 'Leaders' }),
  event('CohortCreated', `cohort-${cohort}`, 1, {
    cohortId: cohort,
    programId: program,
    name: 'Spring',
    startsOn: '2026-03-02',
    endsOn: '2026-06-26',
    goals: ['a'],
  }),
  event('ParticipantEnrolled', `cohort-${cohort}`, 2, { cohortId: cohort, personId: ana }),
  event('ParticipantEnrolled', `cohort-${cohort}`, 3, { cohortId: cohort, personId: ben }),
  event('CohortUpdated', `cohort-${cohort}`, 4, { cohortId: cohort, name: 'Spring 2026' }),
  event('ParticipantWithdrawn', `cohort-${cohort}`, 5, { cohortId: cohort, personId: ben }),
  event('CohortUpdated', `cohort-${cohort}`, 6, { cohortId: cohort, endsOn: '2026-07-03', goals: ['b'] }),
  event('ReportExported', 'export-00000000-0000-4000-8000-0000000000e1', 1, {
    exportId: '00000000-0000-4000-8000-0000000000e1',
    actorId: 'admin',
    subject: { kind: 'cohort', cohortId: cohort },
    format: 'pdf',
    asOf: '2026-04-01T00:00:00.000Z',
    bytes: 1000,
  }),
];

async function projectInOrder(events: readonly RapportEvent[]) {
  await db.exec('TRUNCATE rm_programs, rm_cohorts, rm_cohort_participants, rm_report_exports, rm_processed_events');
  for (const e of events) await db.transaction((tx) => projectEvents(tx, [e], defaultStrengthParameters));
  return {
    cohort: await cohortById(db, cohort),
    participants: (await cohortParticipants(db, cohort, null)).map((p) => p.personId),
    programs: await listPrograms(db, 0, 10),
    exports: await listExports(db, 0, 10),
  };
}

describe('cohort read models', () => {
  it('show the latest name, dates, goals and enrolments in order', async () => {
    const view = await projectInOrder(history);
    expect(view.cohort).toMatchObject({
      name: 'Spring 2026',
      startsOn: '2026-03-02',
      endsOn: '2026-07-03',
      goals: ['b'],
      version: 6,
      participantCount: 1,
    });
    expect(view.participants).toEqual([ana]);
    expect(view.programs).toEqual([expect.objectContaining({ programId: program, cohorts: 1 })]);
    expect(view.exports).toEqual([expect.objectContaining({ format: 'pdf', subject: { kind: 'cohort', id: cohort } })]);
  });

  it('give the same rows for any delivery order, with redeliveries', async () => {
    const expected = await projectInOrder(history);
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(history, { minLength: history.length, maxLength: history.length }),
        fc.array(fc.nat(history.length - 1), { maxLength: 3 }),
        async (order, again) => {
          expect(await projectInOrder([...order, ...again.map((i) => history[i]!)])).toEqual(expected);
        },
      ),
      { numRuns: 30, seed: 6 },
    );
  });
});

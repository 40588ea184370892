import fc from 'fast-check';
import { toLatest, type EventEnvelope, type RapportEvent } from '@rapport/contracts';
import { dayAt, people } from './event-history.arbitrary';

const cohorts = ['00000000-0000-4000-8000-0000000000c1', '00000000-0000-4000-8000-0000000000c2'];
const program = '00000000-0000-4000-8000-0000000000a1';

/** Text that needs quoting in an SQL array literal, and text that does not. */
const text = fc.constantFrom('Ana "the fixer"', 'back\\slash', 'a, {b}', 'Zoë', 'plain');

const change = fc.record({
  kind: fc.constantFrom(
    'profile',
    'erasure',
    'registration',
    'cohortCreated',
    'cohortUpdated',
    'enrolled',
    'withdrawn',
    'program',
    'export',
  ),
  person: fc.integer({ min: 0, max: people.length - 1 }),
  cohort: fc.integer({ min: 0, max: cohorts.length - 1 }),
  /** Versions collide and go backwards on purpose: the batch must keep the one-at-a-time outcome. */
  version: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 0, max: 60 }),
  name: fc.option(text, { nil: undefined }),
});

/**
 * Events on person, cohort, programme and export streams with arbitrary stream
 * versions: profile updates, erasures, repeated registrations, cohort definitions,
 * enrolments and withdrawals, programmes and exports — the writes whose result depends
 * on the order they are applied in.
 */
export const peopleAndCohortEvents = fc.array(change, { maxLength: 25 }).map((changes) =>
  changes.map((c, k): RapportEvent => {
    const person = people[c.person]!;
    const cohortId = cohorts[c.cohort]!;
    const at = dayAt(c.day);
    const event = (type: string, streamId: string, streamVersion: number, data: unknown) => {
      const envelope: EventEnvelope = {
        eventId: `00000000-0000-4000-b000-${String(k + 1).padStart(12, '0')}`,
        type,
        schemaVersion: 1,
        streamId,
        streamVersion,
        occurredAt: at,
        recordedAt: at,
        actorId: 'test',
        correlationId: 'test',
        causationId: null,
        globalPosition: String(100_000 + k),
        data,
      };
      return toLatest(envelope);
    };
    switch (c.kind) {
      case 'profile':
        return event('PersonProfileUpdated', `person-${person}`, c.version, {
          personId: person,
          changes: { ...(c.name ? { displayName: c.name } : {}), department: `D${c.version}`, expertise: c.name ? [c.name, 'x'] : [] },
        });
      case 'erasure':
        return event('PersonErased', `person-${person}`, c.version, { personId: person });
      case 'registration':
        return event('PersonRegistered', `person-${person}`, c.version, {
          personId: person,
          displayName: c.name ?? `again ${c.version}`,
          email: 'again@example.com',
          department: 'X',
          function: 'F',
          location: 'L',
          seniority: 2,
          expertise: c.name ? [c.name] : [],
        });
      case 'cohortCreated':
        return event('CohortCreated', `cohort-${cohortId}`, c.version, {
          cohortId,
          programId: program,
          name: c.name ?? 'Spring',
          startsOn: '2026-03-02',
          endsOn: '2026-06-26',
          goals: ['a', c.name ?? 'b'],
        });
      case 'cohortUpdated':
        return event('CohortUpdated', `cohort-${cohortId}`, c.version, {
          cohortId,
          ...(c.name ? { name: c.name } : { endsOn: `2026-07-${String((c.day % 28) + 1).padStart(2, '0')}` }),
          ...(c.version % 2 ? { goals: [String(c.version)] } : {}),
        });
      case 'enrolled':
        return event('ParticipantEnrolled', `cohort-${cohortId}`, c.version, { cohortId, personId: person });
      case 'withdrawn':
        return event('ParticipantWithdrawn', `cohort-${cohortId}`, c.version, { cohortId, personId: person });
      case 'program':
        return event('ProgramCreated', `program-${program}`, 1, {
          programId: program,
          name: c.name ?? 'Leaders',
          ...(c.version % 2 ? { description: 'd' } : {}),
        });
      case 'export':
        return event('ReportExported', `export-${cohortId}`, 1, {
          exportId: `00000000-0000-4000-8000-00000000e00${c.cohort}`,
          actorId: 'admin',
          subject: { kind: 'cohort', cohortId },
          format: 'pdf',
          asOf: at,
          bytes: c.version,
        });
    }
  }),
);

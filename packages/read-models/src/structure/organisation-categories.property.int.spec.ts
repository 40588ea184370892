import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RapportEvent } from '@rapport/contracts';
import { defaultStrengthParameters } from '@rapport/domain';
import type { Database } from '@rapport/event-store';
import { projectEvents } from '../project-events';
import { dayAt, eventHistory } from '../property/event-history.arbitrary';
import { peopleAndCohortEvents } from '../property/people-and-cohorts.arbitrary';
import { emptyReadModels } from '../property/read-model-snapshot';
import { withReadModelsDatabase } from '../property/read-models-database';
import { organisationCategoriesAt, organisationCategoriesFromPeople } from './organisation-categories';

const p = defaultStrengthParameters;
let db: Database;
withReadModelsDatabase((opened) => (db = opened));

/** Registrations, profile changes (departments and expertise come and go), erasures and interactions, in any order and batching. */
const deliveries = fc
  .tuple(eventHistory, peopleAndCohortEvents)
  .chain(([history, more]) => {
    const events = [...history, ...more];
    return fc.tuple(fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }), fc.integer({ min: 1, max: 12 }));
  })
  .map(([sequence, size]) => {
    const batches: RapportEvent[][] = [];
    for (let i = 0; i < sequence.length; i += size) batches.push(sequence.slice(i, i + size));
    return batches;
  });

const instant = fc.oneof(
  fc.integer({ min: -3, max: 64 }).map((day) => Date.parse(dayAt(day, 12))),
  fc.constant(Date.parse('2030-01-01T00:00:00.000Z')),
);

describe('kept organisation categories (property test on PGlite)', () => {
  it('equal the categories counted from the people as of any instant, whatever the order and batching of the changes', async () => {
    await fc.assert(
      fc.asyncProperty(deliveries, fc.array(instant, { minLength: 1, maxLength: 4 }), async (batches, instants) => {
        await emptyReadModels(db);
        for (const batch of batches) {
          await db.transaction((tx) => projectEvents(tx, batch, p));
          for (const asOf of instants)
            expect(await organisationCategoriesAt(db, asOf)).toEqual(await organisationCategoriesFromPeople(db, asOf));
        }
      }),
      { numRuns: 30 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withReadModelsDatabase } from './read-models-database';
import type { RapportEvent } from '@rapport/contracts';
import { defaultStrengthParameters } from '@rapport/domain';
import type { Database } from '@rapport/event-store';
import { projectEvents } from '../project-events';
import { eventHistory } from './event-history.arbitrary';
import { peopleAndCohortEvents } from './people-and-cohorts.arbitrary';
import { emptyReadModels, readModelSnapshot } from './read-model-snapshot';

const p = defaultStrengthParameters;
let db: Database;
withReadModelsDatabase((opened) => (db = opened));

async function deliver(batches: readonly (readonly RapportEvent[])[]) {
  await emptyReadModels(db);
  for (const batch of batches) await db.transaction((tx) => projectEvents(tx, batch, p));
  return readModelSnapshot(db);
}

/**
 * Every kind of event, in any order at all (registrations too, stream versions that
 * collide or go backwards), cut into batches of up to 40 with some batches delivered
 * again — and the same sequence one event at a time.
 */
const sequenceAndBatches = fc
  .tuple(eventHistory, peopleAndCohortEvents)
  .chain(([history, more]) => {
    const events = [...history, ...more];
    return fc.tuple(
      fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }),
      fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 10 }),
      fc.array(fc.boolean(), { minLength: 1, maxLength: 10 }),
    );
  })
  .map(([sequence, sizes, redeliver]) => {
    const batches: RapportEvent[][] = [];
    for (let i = 0, b = 0; i < sequence.length; b++) {
      const batch = sequence.slice(i, i + sizes[b % sizes.length]!);
      batches.push(batch);
      if (redeliver[b % redeliver.length]) batches.push(batch);
      i += batch.length;
    }
    return { sequence, batches };
  });

describe('batched projection (property tests on PGlite)', () => {
  it('gives the rows of its events applied one at a time, however they are batched and redelivered', async () => {
    await fc.assert(
      fc.asyncProperty(sequenceAndBatches, async ({ sequence, batches }) => {
        const oneAtATime = await deliver(sequence.map((event) => [event]));
        expect(await deliver(batches)).toEqual(oneAtATime);
      }),
      { numRuns: 25 },
    );
  });

  it('counts every new event once and skips a redelivered batch', async () => {
    await fc.assert(
      fc.asyncProperty(sequenceAndBatches, async ({ sequence, batches }) => {
        await emptyReadModels(db);
        let applied = 0;
        for (const batch of batches) applied += await db.transaction((tx) => projectEvents(tx, batch, p));
        expect(applied).toBe(new Set(sequence.map((e) => e.eventId)).size);
      }),
      { numRuns: 10 },
    );
  });
});

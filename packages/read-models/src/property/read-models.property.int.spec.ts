import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withReadModelsDatabase } from './read-models-database';
import type { RapportEvent } from '@rapport/contracts';
import { defaultStrengthParameters } from '@rapport/domain';
import type { Database } from '@rapport/event-store';
import { projectEvents } from '../project-events';
import { sumPairSumsAfterFill } from '../pairs/pair-sums.projection';
import { relationshipsOf } from '../relationships.query';
import { scorecardOf } from '../signals/scorecard.query';
import { dayAt, deliveryOf, eventHistory, people } from './event-history.arbitrary';
import { emptyReadModels, readModelSnapshot } from './read-model-snapshot';

const p = defaultStrengthParameters;
let db: Database;
withReadModelsDatabase((opened) => (db = opened));

/**
 * A full rebuild as the rebuilds make one: empty read models, every event once, in global
 * order, in one batch, contributions stored alone and the pair sums added up after.
 */
async function rebuild(events: readonly RapportEvent[]) {
  await emptyReadModels(db);
  await db.transaction((tx) => projectEvents(tx, events, p, undefined, { figuresKept: false, pairSumsAfterFill: true }));
  await sumPairSumsAfterFill((statement) => db.query(statement));
  return readModelSnapshot(db);
}

async function deliver(batches: readonly RapportEvent[][]) {
  await emptyReadModels(db);
  for (const batch of batches) await db.transaction((tx) => projectEvents(tx, batch, p));
  return readModelSnapshot(db);
}

/** What the API answers for every person as of T: relationships with explanations and scorecards. */
async function answersAsOf(asOf: number) {
  const answers = [];
  for (const person of people) {
    answers.push({ person, ties: await relationshipsOf(db, person, asOf, p), scorecard: await scorecardOf(db, person, asOf, p) });
  }
  return answers;
}

describe('read models (property tests on PGlite)', () => {
  it('give the same rows for any delivery order of the same events (streams interleaved, batched, redelivered)', async () => {
    await fc.assert(
      fc.asyncProperty(
        eventHistory.chain((events) => fc.tuple(fc.constant(events), deliveryOf(events), deliveryOf(events))),
        async ([, first, second]) => {
          expect(await deliver(second)).toEqual(await deliver(first));
        },
      ),
      { numRuns: 25 },
    );
  });

  it('give the same rows when, after the registrations, every event comes in any order at all — corrections before what they correct', async () => {
    await fc.assert(
      fc.asyncProperty(
        eventHistory.chain((events) => {
          const registrations = events.filter((e) => e.type === 'PersonRegistered');
          const rest = events.filter((e) => e.type !== 'PersonRegistered');
          return fc.tuple(fc.constant(registrations), deliveryOf(rest, 'any'), deliveryOf(rest));
        }),
        async ([registrations, shuffled, inOrder]) => {
          expect(await deliver([registrations, ...shuffled])).toEqual(await deliver([registrations, ...inOrder]));
        },
      ),
      { numRuns: 25 },
    );
  });

  it('built incrementally equal a full rebuild from the event log', async () => {
    await fc.assert(
      fc.asyncProperty(
        eventHistory.chain((events) => fc.tuple(fc.constant(events), deliveryOf(events))),
        async ([events, delivery]) => {
          const incremental = await deliver(delivery);
          expect(await rebuild(events)).toEqual(incremental);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('answer "as of t" exactly as read models rebuilt from only the events up to t', async () => {
    await fc.assert(
      fc.asyncProperty(eventHistory, fc.integer({ min: 0, max: 70 }), async (events, day) => {
        const t = Date.parse(dayAt(day, 12));
        await rebuild(events);
        const full = await answersAsOf(t);
        await rebuild(events.filter((e) => Date.parse(e.occurredAt) <= t));
        expect(await answersAsOf(t)).toEqual(full);
      }),
      { numRuns: 25 },
    );
  });

  it('count a corrected interaction only in its corrected form and a retracted one never', async () => {
    await fc.assert(
      fc.asyncProperty(eventHistory, async (events) => {
        await rebuild(events);
        const { rows } = await db.query<{ source_id: string; event_id: string }>(
          `SELECT DISTINCT c.source_id, c.event_id::text FROM rm_tie_contributions c WHERE c.source = 'interaction'`,
        );
        const current = new Map<string, string>();
        const retracted = new Set<string>();
        for (const e of events) {
          if (e.type === 'InteractionLogged' || e.type === 'InteractionCorrected') current.set(e.data.interactionId, e.eventId);
          if (e.type === 'InteractionRetracted') retracted.add(e.data.interactionId);
        }
        for (const row of rows) {
          expect(retracted.has(row.source_id)).toBe(false);
          expect(row.event_id).toBe(current.get(row.source_id));
        }
      }),
      { numRuns: 25 },
    );
  });
});

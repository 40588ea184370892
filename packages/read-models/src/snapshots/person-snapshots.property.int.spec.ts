import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withReadModelsDatabase } from '../property/read-models-database';
import type { RapportEvent } from '@rapport/contracts';
import { defaultStrengthParameters } from '@rapport/domain';
import type { Database } from '@rapport/event-store';
import { projectEvents } from '../project-events';
import { emptyReadModels } from '../property/read-model-snapshot';
import { dayAt, deliveryOf, eventHistory, people } from '../property/event-history.arbitrary';
import { groupMetricsFromHistory, groupMetricsOverTime } from '../cohorts/group-metrics.query';
import { keptOrComputed } from './person-snapshots.query';
import { registration, testEvent } from '../property/test-events';

const p = defaultStrengthParameters;
let db: Database;
withReadModelsDatabase((opened) => (db = opened));

const apply = async (batches: readonly RapportEvent[][]) => {
  for (const batch of batches) await db.transaction((tx) => projectEvents(tx, batch, p));
};
const instantsOf = (days: readonly number[]) => days.map((day) => Date.parse(dayAt(day, 12)));
const keptRows = async () => Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM rm_person_snapshots')).rows[0]!.n);

// The histories are dated months before this machine's clock, so every instant asked
// is at or before the horizon (kept) and every event is back-dated (raises versions).
describe('person snapshots (property tests on PGlite, against the figures computed from history)', () => {
  it('answer as history does after more events arrive — back-dated, corrected, retracted, in any order — once figures were kept', async () => {
    await fc.assert(
      fc.asyncProperty(
        eventHistory.chain((events) =>
          fc.tuple(deliveryOf(events, 'any'), fc.nat(), fc.uniqueArray(fc.integer({ min: 0, max: 75 }), { minLength: 1, maxLength: 4 })),
        ),
        async ([batches, cut, days]) => {
          await emptyReadModels(db);
          const k = cut % (batches.length + 1);
          const instants = instantsOf(days);
          await apply(batches.slice(0, k));
          expect(await groupMetricsOverTime(db, people, instants, p)).toEqual(await groupMetricsFromHistory(db, people, instants, p));
          await apply(batches.slice(k));
          expect(await groupMetricsOverTime(db, people, instants, p)).toEqual(await groupMetricsFromHistory(db, people, instants, p));
        },
      ),
      { numRuns: 30 },
    );
  });

  it('keep figures for past instants and read them back without computing, until an event touches them', async () => {
    await fc.assert(
      fc.asyncProperty(
        eventHistory,
        fc.uniqueArray(fc.integer({ min: 0, max: 75 }), { minLength: 1, maxLength: 3 }),
        async (events, days) => {
          await emptyReadModels(db);
          const registrations = events.filter((e) => e.type === 'PersonRegistered');
          await apply([registrations, events.filter((e) => e.type !== 'PersonRegistered')]);
          const instants = instantsOf(days);
          const computing = (count: { calls: number }) => (people: readonly string[], at: readonly number[]) => {
            count.calls++;
            return groupMetricsFromHistory(db, people, at, p);
          };
          const first = { calls: 0 };
          const computed = await keptOrComputed(db, people, instants, computing(first));
          expect(first.calls).toBe(1);
          expect(await keptRows()).toBe(people.length * instants.length);
          const again = { calls: 0 };
          expect(await keptOrComputed(db, people, instants, computing(again))).toEqual(computed);
          expect(again.calls).toBe(0);
          // A back-dated note from the first person to the second: their figures are computed again.
          await apply([
            [
              {
                ...registrations[0]!,
                type: 'ThankYouNoteSent',
                eventId: '00000000-0000-4000-9999-000000000001',
                streamVersion: 99,
                data: { fromId: people[0]!, toId: people[1]!, handwritten: true, occurredAt: dayAt(0) },
              } as RapportEvent,
            ],
          ]);
          const after = { calls: 0, people: [] as string[] };
          await keptOrComputed(db, people, instants, (who, at) => {
            after.calls++;
            after.people.push(...who);
            return groupMetricsFromHistory(db, who, at, p);
          });
          expect(after.calls).toBe(1);
          expect(after.people.sort()).toEqual([people[0]!, people[1]!].sort());
        },
      ),
      { numRuns: 10 },
    );
  });

  it('compute again the people of the form a correction or a retraction replaced', async () => {
    await emptyReadModels(db);
    const [a, b, c, d] = people as [string, string, string, string];
    const interactionId = '00000000-0000-4000-a000-000000000001';
    const stream = `interaction-${interactionId}`;
    const form = (participantIds: string[]) => ({
      interactionId,
      initiatorId: a,
      participantIds,
      occurredAt: dayAt(1),
      channel: 'in_person',
      kind: participantIds.length > 2 ? 'group' : 'one_on_one',
    });
    const registrations = [a, b, c, d].map((id, i) =>
      registration(i + 1, id, '2025-12-31T00:00:00.000Z', { displayName: `P${i}`, department: 'Sales' }),
    );
    await apply([[...registrations, testEvent(5, 'InteractionLogged', stream, dayAt(1), form([a, b, c]), 1)]]);
    const instants = instantsOf([3, 40]);
    const computedFor = async () => {
      const who: string[] = [];
      const figures = await keptOrComputed(db, [a, b, c, d], instants, (part, at) => {
        who.push(...part);
        return groupMetricsFromHistory(db, part, at, p);
      });
      expect(figures).toEqual(await groupMetricsFromHistory(db, [a, b, c, d], instants, p));
      return who.sort();
    };
    await computedFor();
    expect(await computedFor()).toEqual([]);
    // Corrected to a and d: b and c are in the form it replaced only.
    await apply([[testEvent(6, 'InteractionCorrected', stream, dayAt(1), form([a, d]), 2)]]);
    expect(await computedFor()).toEqual([a, b, c, d].sort());
    await apply([[testEvent(7, 'InteractionRetracted', stream, dayAt(1), { interactionId, reason: 'test' }, 3)]]);
    expect(await computedFor()).toEqual([a, d].sort());
  });

  it('compute the missing people a few at a time, each part kept, with the same answers as all at once', async () => {
    await emptyReadModels(db);
    const events = fc.sample(eventHistory, { numRuns: 1, seed: 11 })[0]!;
    await apply([events]);
    const instants = instantsOf([3, 40]);
    const parts: string[][] = [];
    const inParts = await keptOrComputed(
      db,
      people,
      instants,
      (who, at) => {
        parts.push([...who]);
        return groupMetricsFromHistory(db, who, at, p);
      },
      2,
    );
    expect(parts.map((part) => part.length)).toEqual(
      people
        .map((_, i) => i)
        .filter((i) => i % 2 === 0)
        .map((i) => Math.min(2, people.length - i)),
    );
    expect(parts.flat().sort()).toEqual([...people].sort());
    expect(await keptRows()).toBe(people.length * instants.length);
    expect(inParts).toEqual(await groupMetricsFromHistory(db, people, instants, p));
  });

  it('never keep figures for an instant after the start of the current week', async () => {
    await emptyReadModels(db);
    const future = [Date.UTC(2999, 0, 1)];
    await keptOrComputed(db, people, future, (who, at) => groupMetricsFromHistory(db, who, at, p));
    expect(await keptRows()).toBe(0);
  });
});

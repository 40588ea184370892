import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { interactionStream, personStream, toEventMessage } from '@rapport/contracts';
import { defaultStrengthParameters } from '@rapport/domain';
import type { Database, EventStore, StreamAppend } from '@rapport/event-store';
import { createInProcessTransport, type ConsumedMessage } from '@rapport/messaging';
import { keepReadModelsAside, readModelDifferences } from '@rapport/read-models';
import { createProjectionHandler } from './projection-handler';
import { rebuildReadModels } from './rebuild';
import { newTestEvent, testPerson, withEventStoreDatabase } from './test-store';

/**
 * Six partitions projecting at once on PostgreSQL, as two or three workers do
 * (KAFKA_PARTITIONS_AT_ONCE): interactions among twelve people, logged, corrected and
 * retracted in streams spread over the partitions, so concurrent batches keep writing the
 * same pairs' rows. PostgreSQL breaks the deadlocks that follow by aborting one
 * transaction; the handler must project that batch again, never send a valid event to
 * the dead-letter topic, and end where a rebuild from the store ends. Each history is
 * added to the ones before it. Three partitions among five people never met the race
 * that six among twelve met in 3 histories of 4: a removal that waited for another
 * batch's lock on a pair subtracted from one direction of the pair only
 * (removeContributions says why).
 */
const PEOPLE = 12;
const INTERACTIONS = 600;
const PARTITIONS = 6;
/** A batch the handler throws on (a deadlock that kept coming back) is delivered again, as the consumer does; at most this often. */
const DELIVERIES = 5;

let db: Database;
let store: EventStore;
withEventStoreDatabase('rapport_concurrent_batches', (opened, openedStore) => {
  db = opened;
  store = openedStore;
});

/** A small seeded generator, so a failing history can be run again. */
function random(seed: number) {
  let state = seed;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  return { next, pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]! };
}

const event = newTestEvent;

function history(seed: number): StreamAppend[] {
  const rng = random(seed);
  const people = Array.from({ length: PEOPLE }, (_, i) => testPerson(i));
  const appends: StreamAppend[] = people.map((p) => ({
    streamId: personStream(p.personId),
    expectedVersion: 'no_stream',
    events: [event('PersonRegistered', '2026-01-01T00:00:00Z', p)],
  }));
  for (let i = 0; i < INTERACTIONS; i++) {
    const interactionId = randomUUID();
    const form = () => {
      const [a, b] = [rng.pick(people).personId, rng.pick(people).personId];
      const other = a === b ? people.find((p) => p.personId !== a)!.personId : b;
      const occurredAt = new Date(Date.UTC(2026, 5, 1) + Math.floor(rng.next() * 60 * 24) * 3_600_000).toISOString();
      return {
        interactionId,
        initiatorId: a,
        participantIds: [a, other],
        occurredAt,
        channel: rng.pick(['call', 'video', 'in_person']),
        kind: 'one_on_one',
      };
    };
    const logged = form();
    const events = [event('InteractionLogged', logged.occurredAt, logged)];
    while (rng.next() < 0.35) {
      const corrected = form();
      events.push(event('InteractionCorrected', corrected.occurredAt, corrected));
    }
    if (rng.next() < 0.25) events.push(event('InteractionRetracted', logged.occurredAt, { interactionId, reason: 'logged by mistake' }));
    appends.push({ streamId: interactionStream(interactionId), expectedVersion: 'no_stream', events });
  }
  return appends;
}

/** Deadlocks PostgreSQL has broken in this database (its statistics, flushed first). */
async function deadlocksSoFar(): Promise<number> {
  await db.query('SELECT pg_stat_force_next_flush()');
  const { rows } = await db.query<{ n: string }>('SELECT deadlocks AS n FROM pg_stat_database WHERE datname = current_database()');
  return Number(rows[0]!.n);
}
let deadlocksBroken = 0;

describe('six partitions projected at once on PostgreSQL', () => {
  it.each([1, 2, 3, 4])(
    'send no valid event to the dead-letter topic when batches deadlock, and equal a rebuild (history %i)',
    async (seed) => {
      const before = (await store.readAll({ limit: 100_000 })).length;
      await store.append(history(seed));
      const stored = (await store.readAll({ limit: 100_000 })).slice(before);
      const partitionOf = new Map<string, number>();
      const partitions: ConsumedMessage[][] = Array.from({ length: PARTITIONS }, () => []);
      for (const e of stored) {
        if (!partitionOf.has(e.streamId)) partitionOf.set(e.streamId, partitionOf.size % PARTITIONS);
        const partition = partitionOf.get(e.streamId)!;
        partitions[partition]!.push({
          ...toEventMessage(e),
          topic: 'rapport.events',
          partition,
          offset: String(partitions[partition]!.length),
        });
      }
      const deadLettered: string[] = [];
      const logged: string[] = [];
      const deadlocksBefore = await deadlocksSoFar();
      const transport = createInProcessTransport();
      await transport.start();
      const handler = createProjectionHandler({
        db,
        transport,
        strength: defaultStrengthParameters,
        log: (line) => logged.push(line),
        observer: { projected: () => {}, deadLettered: (reason) => deadLettered.push(reason) },
      });
      const control = { heartbeat: async () => {}, isStopping: () => false, attempt: 1 };
      const rng = random(seed);
      let redelivered = 0;
      await Promise.all(
        partitions.map(async (messages) => {
          for (let i = 0; i < messages.length;) {
            const size = 1 + Math.floor(rng.next() * 30);
            for (let delivery = 1; ; delivery++) {
              try {
                await handler(messages.slice(i, i + size), control);
                break;
              } catch (error) {
                if (delivery >= DELIVERIES) throw error;
                redelivered++;
              }
            }
            i += size;
          }
        }),
      );
      await transport.stop();
      expect(deadLettered).toEqual([]);
      const deadlocks = (await deadlocksSoFar()) - deadlocksBefore;
      deadlocksBroken += deadlocks;
      console.log(
        `history ${seed}: ${stored.length} events, ${deadlocks} deadlocks broken by PostgreSQL, ${redelivered} batches delivered again; ` +
          `handler log: ${JSON.stringify(logged)}`,
      );

      await keepReadModelsAside(db, 'live');
      await rebuildReadModels({ db, store, strength: defaultStrengthParameters });
      expect(await readModelDifferences(db, 'live')).toEqual([]);
    },
    120_000,
  );

  it('met deadlocks in those histories (else the tests above proved nothing)', () => {
    expect(deadlocksBroken).toBeGreaterThan(0);
  });
});

import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { interactionStream, personStream, toEventMessage, type InteractionLoggedV1 } from '@rapport/contracts';
import { defaultStrengthParameters } from '@rapport/domain';
import type { Database, EventStore } from '@rapport/event-store';
import { createInProcessTransport, type ConsumedMessage } from '@rapport/messaging';
import { readModelChecksum } from '@rapport/read-models';
import { createProjectionHandler } from './projection-handler';
import { rebuildReadModels } from './rebuild';
import { newTestEvent, testPerson, withEventStoreDatabase } from './test-store';

let db: Database;
let store: EventStore;

const event = newTestEvent;

const person = (i: number) => testPerson(i);

/** A snapshot of every read-model row, in a stable order, for comparing two builds. */
async function snapshot(): Promise<string> {
  const people = await db.query('SELECT * FROM rm_people ORDER BY person_id');
  const ties = await db.query(
    `SELECT event_id, person_id, counterpart_id, initiator_id, occurred_at, weight, epoch_weight
       FROM rm_tie_contributions ORDER BY event_id, person_id, counterpart_id`,
  );
  const processed = await db.query('SELECT event_id FROM rm_processed_events ORDER BY event_id');
  return JSON.stringify([people.rows.map(({ updated_at: _u, ...r }) => r), ties.rows, processed.rows]);
}

withEventStoreDatabase('rapport_worker', (opened, openedStore) => {
  db = opened;
  store = openedStore;
});

describe('projection worker on PostgreSQL', () => {
  it('builds the same read models incrementally, redelivered, and rebuilt from scratch', async () => {
    const people = Array.from({ length: 6 }, (_, i) => person(i));
    await store.append(
      people.map((p) => ({
        streamId: personStream(p.personId),
        expectedVersion: 'no_stream' as const,
        events: [event('PersonRegistered', '2026-01-01T00:00:00Z', p)],
      })),
    );
    const interactions: InteractionLoggedV1[] = Array.from({ length: 40 }, (_, i) => {
      const a = people[i % 6]!.personId;
      const b = people[(i * 5 + 1) % 6]!.personId;
      return {
        interactionId: randomUUID(),
        initiatorId: a,
        participantIds: a === b ? [a, people[(i + 1) % 6]!.personId] : [a, b],
        occurredAt: new Date(Date.UTC(2026, 0, 2 + i)).toISOString(),
        channel: i % 3 ? 'video' : 'in_person',
        durationMinutes: 15 + i,
        kind: 'one_on_one',
      };
    });
    await store.append(
      interactions.map((x) => ({
        streamId: interactionStream(x.interactionId),
        expectedVersion: 'no_stream' as const,
        events: [event('InteractionLogged', x.occurredAt, x)],
      })),
    );

    const transport = createInProcessTransport();
    const handler = createProjectionHandler({ db, transport, strength: defaultStrengthParameters });
    const all = await store.readAll({ limit: 1000 });
    const messages: ConsumedMessage[] = all.map((e, i) => ({ ...toEventMessage(e), topic: 't', partition: 0, offset: String(i) }));
    const control = { heartbeat: async () => {}, isStopping: () => false, attempt: 1 };
    // Incrementally, in three batches in reverse order, then everything delivered again.
    const reversed = [...messages].reverse();
    for (let i = 0; i < reversed.length; i += 17) await handler(reversed.slice(i, i + 17), control);
    await handler(messages, control);
    const incremental = await snapshot();
    // Every read model, the pair sums (which a rebuild adds up once its fill is done) among them.
    const incrementalChecksum = await readModelChecksum(db);
    expect(incrementalChecksum.rows.rm_pair_summaries).toBeGreaterThan(0);

    const progress: number[] = [];
    const result = await rebuildReadModels({
      db,
      store,
      strength: defaultStrengthParameters,
      pageSize: 10,
      onProgress: (p) => progress.push(p.processed),
    });
    expect(result).toEqual({ processed: 46, total: 46, skipped: 0 });
    expect(progress).toEqual([0, 10, 20, 30, 40, 46]);
    expect(await snapshot()).toBe(incremental);
    expect(await readModelChecksum(db)).toEqual(incrementalChecksum);
    const { rows } = await db.query<{ n: string }>('SELECT count(*) AS n FROM rm_tie_contributions');
    expect(Number(rows[0]!.n)).toBe(80);
  });
});

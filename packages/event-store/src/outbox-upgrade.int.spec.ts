import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newEvent, recordingPublisher } from './contract/fixture';
import { migrate } from './migrate';
import { eventStoreMigrations } from './migrations';
import { OutboxRelay } from './outbox-relay';
import { openPglite } from './pglite-database';
import type { Database } from './types';

describe('upgrading a store whose outbox has one row per event', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openPglite();
  });
  afterAll(async () => db?.close());

  it('keeps every waiting event and relays it in order after the upgrade', async () => {
    const before = eventStoreMigrations.filter((m) => m.id < '0004');
    await migrate(db, before, { namespace: 'event-store' });
    for (const [i, event] of [newEvent(), newEvent(), newEvent()].entries()) {
      await db.transaction(async (tx) => {
        const { rows } = await tx.query<{ global_position: string }>(
          `INSERT INTO events (event_id, stream_id, stream_version, type, schema_version, occurred_at, actor_id, correlation_id, data)
           VALUES ($1, 'person-ada', $2, $3, 1, $4, $5, $6, '{}') RETURNING global_position`,
          [event.eventId, i + 1, event.type, event.occurredAt, event.actorId, event.correlationId],
        );
        await tx.query('INSERT INTO outbox (global_position) VALUES ($1)', [rows[0]!.global_position]);
      });
    }
    // The first one was already published.
    await db.query('DELETE FROM outbox WHERE global_position = 1');

    expect(await migrate(db)).toEqual(['0004-outbox-per-append']);
    const publisher = recordingPublisher();
    const relay = new OutboxRelay({ db, publish: publisher.publish });
    expect(await relay.lag()).toMatchObject({ pending: 2 });
    expect(await relay.drainOnce()).toBe(2);
    expect(publisher.events.map((e) => e.streamVersion)).toEqual([2, 3]);
    expect(await relay.outboxSize()).toBe(0);
  });
});

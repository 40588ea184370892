import { expect, it } from 'vitest';
import { EventStore } from '../event-store';
import { OutboxRelay } from '../outbox-relay';
import type { StoredEvent } from '../types';
import { appendOf, countingDatabase, eventually, newEvent, outboxPositions, recordingPublisher, type ContractContext } from './fixture';

const label = (e: StoredEvent): string => `${e.streamId}@${e.streamVersion}`;

function expectStreamsInOrder(events: readonly StoredEvent[]): void {
  const last = new Map<string, number>();
  for (const event of events) {
    expect(event.streamVersion, label(event)).toBe((last.get(event.streamId) ?? 0) + 1);
    last.set(event.streamId, event.streamVersion);
  }
}

export function relayContract(ctx: () => ContractContext): void {
  it('delivers every event once, in global order and so in per-stream order', async () => {
    const { store, db } = ctx();
    for (let i = 0; i < 5; i += 1) await store.append([appendOf('person-ada', 'any', 3), appendOf('person-grace', 'any')]);
    const publisher = recordingPublisher();
    const relay = new OutboxRelay({ db, publish: publisher.publish, batchSize: 10 });

    while ((await relay.drainOnce()) > 0);

    // Whole appends (4 events each) up to the batch size.
    expect(publisher.batches.map((batch) => batch.length)).toEqual([8, 8, 4]);
    const positions = publisher.events.map((e) => BigInt(e.globalPosition));
    expect(positions).toEqual([...positions].sort((a, b) => (a < b ? -1 : 1)));
    expect(publisher.events).toEqual(await store.readAll({ limit: 100 }));
    expectStreamsInOrder(publisher.events);
    expect(await relay.outboxSize()).toBe(0);
  });

  it('publishes an append larger than a batch in batch-sized parts, in order', async () => {
    const { store, db } = ctx();
    await store.append([appendOf('person-ada', 'no_stream', 7)]);
    await store.append([appendOf('person-grace', 'no_stream', 2)]);
    const publisher = recordingPublisher();
    const relay = new OutboxRelay({ db, publish: publisher.publish, batchSize: 3 });

    expect(await relay.drainOnce()).toBe(7);
    expect(await relay.drainOnce()).toBe(2);
    expect(await relay.drainOnce()).toBe(0);
    expect(publisher.batches.map((batch) => batch.length)).toEqual([3, 3, 1, 2]);
    expectStreamsInOrder(publisher.events);
    expect(await relay.outboxSize()).toBe(0);
  });

  it('redelivers a batch whose publish failed, losing nothing', async () => {
    const { store, db } = ctx();
    await store.append([appendOf('person-ada', 'no_stream', 4)]);
    const publisher = recordingPublisher();
    const relay = new OutboxRelay({ db, publish: publisher.publish });

    publisher.failNext();
    await expect(relay.drainOnce()).rejects.toThrow('transport unavailable');
    expect(await relay.outboxSize()).toBe(4);

    expect(await relay.drainOnce()).toBe(4);
    expect(publisher.events.map(label)).toEqual(['person-ada@1', 'person-ada@2', 'person-ada@3', 'person-ada@4']);
    expect(await relay.drainOnce()).toBe(0);
  });

  it('publishes an event whose position was taken before a later event committed', async () => {
    // Emulates, statement by statement, a transaction that got its position first and committed last.
    const { store, db } = ctx();
    const { rows } = await db.query<{ position: string }>(
      `SELECT nextval(pg_get_serial_sequence('events', 'global_position')) AS position`,
    );
    const reserved = rows[0]?.position ?? '';
    const publisher = recordingPublisher();
    const relay = new OutboxRelay({ db, publish: publisher.publish });

    await store.append([appendOf('person-grace', 'no_stream')]);
    expect(await relay.drainOnce()).toBe(1);

    const late = newEvent();
    await db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO events (global_position, event_id, stream_id, stream_version, type, schema_version, occurred_at,
                             actor_id, correlation_id, data)
         OVERRIDING SYSTEM VALUE VALUES ($1, $2, 'person-ada', 1, $3, 1, $4, $5, $6, '{}')`,
        [reserved, late.eventId, late.type, late.occurredAt, late.actorId, late.correlationId],
      );
      await tx.query('INSERT INTO outbox_appends (first_position, event_count, positions) VALUES ($1, 1, ARRAY[$1::bigint])', [reserved]);
    });
    expect(await relay.drainOnce()).toBe(1);

    expect(publisher.events.map(label)).toEqual(['person-grace@1', 'person-ada@1']);
    expect(BigInt(publisher.events[1]?.globalPosition ?? 0)).toBeLessThan(BigInt(publisher.events[0]?.globalPosition ?? 0));
  });

  it('never publishes a stream out of order with two relays running at once', async () => {
    const { store, db } = ctx();
    const published: StoredEvent[] = [];
    const slowPublish = async (events: StoredEvent[]) => {
      published.push(...events);
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 5));
    };
    const relays = [1, 2].map(() => new OutboxRelay({ db, publish: slowPublish, batchSize: 3, pollIntervalMs: 1, onError: () => {} }));
    relays.forEach((relay) => relay.start());

    const streams = ['person-ada', 'person-grace', 'person-alan', 'person-edsger'];
    await Promise.all(
      streams.map(async (streamId) => {
        for (let i = 0; i < 15; i += 1) await store.append([appendOf(streamId, 'any', 2)]);
      }),
    );
    await eventually(() => published.length >= 120);
    await Promise.all(relays.map((relay) => relay.stop()));

    expect(published).toHaveLength(120);
    expectStreamsInOrder(published);
    expect(new Set(published.map((e) => e.eventId)).size).toBe(120);
  });

  it('wakes on an in-process append and stops after the batch in flight', async () => {
    const { db } = ctx();
    const publisher = recordingPublisher();
    // A poll interval far longer than the test: only wake() can explain a prompt delivery.
    const relay = new OutboxRelay({ db, publish: publisher.publish, pollIntervalMs: 60_000 });
    const store = new EventStore(db, { onAppended: () => relay.wake() });
    relay.start();
    await new Promise((resolve) => setTimeout(resolve, 50)); // let the first (empty) check finish

    await store.append([appendOf('person-ada', 'no_stream')]);
    await eventually(() => publisher.events.length === 1, 5_000);
    const stopping = Date.now();
    await relay.stop();
    expect(Date.now() - stopping).toBeLessThan(1_000);
  });

  it('publishes what this process appended from memory, the same events as stored', async () => {
    const { db } = ctx();
    const counting = countingDatabase(db);
    const publisher = recordingPublisher();
    const relay = new OutboxRelay({ db: counting.db, publish: publisher.publish, pollIntervalMs: 60_000 });
    const store = new EventStore(counting.db, { onAppended: () => relay.wake() });
    relay.start();
    const odd = newEvent({ data: { z: 1, a: [{ y: 'é' }], m: null } });
    await store.append([
      { streamId: 'person-ada', expectedVersion: 'no_stream', events: [odd, newEvent()] },
      appendOf('person-grace', 'no_stream'),
    ]);
    await eventually(() => publisher.events.length === 3, 5_000);
    await relay.stop();

    expect(publisher.events).toEqual(await store.readAll({ limit: 10 }));
    expect(counting.texts().filter((text) => /FROM events WHERE global_position = ANY/.test(text))).toEqual([]);
    expect(await relay.outboxSize()).toBe(0);
  });

  it('backs off while publishing fails, keeps the events and reports the lag', async () => {
    const { store, db } = ctx();
    const [result] = await store.append([appendOf('person-ada', 'no_stream', 2)]);
    const failures: number[] = [];
    const relay = new OutboxRelay({
      db,
      publish: async () => {
        throw new Error('broker down');
      },
      onError: (_error, consecutive) => failures.push(consecutive),
    });
    relay.start();
    await eventually(() => failures.length >= 3);
    await relay.stop();

    expect(failures.slice(0, 3)).toEqual([1, 2, 3]);
    expect(await outboxPositions(db)).toHaveLength(2);
    expect(await relay.lag()).toEqual({ pending: 2, oldestRecordedAt: result?.events[0]?.recordedAt });
  });

  it('lets publish write to the same database, as an in-process consumer does', async () => {
    const { store, db } = ctx();
    await store.append([appendOf('person-ada', 'no_stream', 2)]);
    const relay = new OutboxRelay({
      db,
      publish: (events) =>
        db.transaction(async (tx) => {
          await tx.query('INSERT INTO streams (stream_id, version) VALUES ($1, 0)', [`seen-${events.length}`]);
        }),
    });
    expect(await relay.drainOnce()).toBe(2);
    expect((await store.streamVersions(['seen-2'])).has('seen-2')).toBe(true);
    const { rows } = await db.query('SELECT 1 FROM streams WHERE stream_id = $1', ['seen-2']);
    expect(rows).toHaveLength(1);
  });

  it('reports no lag when everything is relayed', async () => {
    const { db } = ctx();
    const relay = new OutboxRelay({ db, publish: async () => {} });
    expect(await relay.lag()).toEqual({ pending: 0, oldestRecordedAt: null });
  });
}

/** Needs two transactions open at once, which only a multi-connection engine can do. */
export function interleavedCommitContract(ctx: () => ContractContext): void {
  it('publishes an event whose transaction commits after a higher position was published', async () => {
    const { store, db } = ctx();
    const publisher = recordingPublisher();
    const relay = new OutboxRelay({ db, publish: publisher.publish });
    let releaseA = (): void => {};
    const aMayCommit = new Promise<void>((resolve) => (releaseA = resolve));
    let aAppended = (): void => {};
    const aHasPosition = new Promise<void>((resolve) => (aAppended = resolve));

    const transactionA = store.unitOfWork(async (uow) => {
      await uow.append([appendOf('person-ada', 'no_stream')]);
      aAppended();
      await aMayCommit;
    });
    await aHasPosition;
    await store.append([appendOf('person-grace', 'no_stream')]); // transaction B: higher position, commits first

    expect(await relay.drainOnce()).toBe(1);
    expect(publisher.events.map(label)).toEqual(['person-grace@1']);

    releaseA();
    await transactionA;
    expect(await relay.drainOnce()).toBe(1);
    expect(publisher.events.map(label)).toEqual(['person-grace@1', 'person-ada@1']);
    const [b, a] = publisher.events.map((e) => BigInt(e.globalPosition));
    expect(a).toBeLessThan(b ?? 0n);
    expect(await relay.outboxSize()).toBe(0);
  });
}

import { randomUUID } from 'node:crypto';
import { interactionStream, personStream, toEventMessage, type InteractionLoggedV1, type PersonRegisteredV1 } from '@rapport/contracts';
import { EventStore, migrate, OutboxRelay, openPostgres, type Database, type NewEvent } from '@rapport/event-store';
import { createKafkaTransport, type MessageTransport } from '@rapport/messaging';
import { migrateReadModels } from '@rapport/read-models';
import { startProjectionStack, type ProjectionStack, type ServiceProcess } from '@rapport/test-support';

/** A seeded PRNG (mulberry32) so a fault run can be replayed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const newEvent = (type: string, occurredAt: string, data: unknown): NewEvent => ({
  eventId: randomUUID(),
  type,
  schemaVersion: 1,
  occurredAt,
  actorId: 'fault-test',
  correlationId: randomUUID(),
  causationId: null,
  data,
});

/**
 * The write side of a fault test: a real PostgreSQL store, a real Kafka topic (unique
 * per test) and the outbox relay publishing to it, as the event-service would; projection
 * workers run as separate processes on the same stack.
 */
export interface FaultRig {
  readonly stack: ProjectionStack;
  readonly db: Database;
  readonly store: EventStore;
  readonly transport: MessageTransport;
  readonly relay: OutboxRelay;
  readonly people: string[];
  /** Starts one more projection worker and waits until it consumes; closing the rig stops it. */
  startWorker(): Promise<ServiceProcess>;
  appendInteractions(count: number, random: () => number): Promise<void>;
  processedCount(): Promise<number>;
  close(): Promise<void>;
}

export async function startFaultRig(name: string, options: { people?: number; brokers?: readonly string[] } = {}): Promise<FaultRig> {
  const stack = await startProjectionStack(name, {
    ...(options.brokers ? { kafkaBrokers: options.brokers } : {}),
    env: { KAFKA_SESSION_TIMEOUT_MS: '6000', STRUCTURE_INTERVAL_SECONDS: '86400', LOG_LEVEL: 'info' },
  });
  const db = openPostgres(stack.database.url);
  await migrate(db);
  await migrateReadModels(db);
  const transport = createKafkaTransport({
    brokers: stack.kafkaBrokers,
    clientId: `${name}-writer`,
    partitions: stack.partitions,
    topics: { events: stack.topic, deadLetter: stack.deadLetterTopic },
    logLevel: 'nothing',
  });
  await transport.start();
  const store = new EventStore(db);
  const relay = new OutboxRelay({
    db,
    publish: (events) => transport.publish(transport.topics.events, events.map(toEventMessage)),
    pollIntervalMs: 20,
  });

  const people: PersonRegisteredV1[] = Array.from({ length: options.people ?? 120 }, (_, i) => ({
    personId: randomUUID(),
    displayName: `Person ${i}`,
    email: `person${i}@example.com`,
    department: ['Finance', 'Sales', 'Legal', 'Product'][i % 4]!,
    function: 'General',
    location: ['Lisbon', 'London'][i % 2]!,
    seniority: 1 + (i % 6),
    expertise: [`skill-${i % 7}`],
  }));
  await store.append(
    people.map((p) => ({
      streamId: personStream(p.personId),
      expectedVersion: 'no_stream' as const,
      events: [newEvent('PersonRegistered', '2026-01-01T00:00:00Z', p)],
    })),
  );
  const ids = people.map((p) => p.personId);

  return {
    stack,
    db,
    store,
    transport,
    relay,
    people: ids,
    startWorker: () => stack.startWorker(),
    async appendInteractions(count, random) {
      const interactions: InteractionLoggedV1[] = Array.from({ length: count }, () => {
        const a = ids[Math.floor(random() * ids.length)]!;
        let b = ids[Math.floor(random() * ids.length)]!;
        if (b === a) b = ids[(ids.indexOf(a) + 1) % ids.length]!;
        const day = 1 + Math.floor(random() * 300);
        return {
          interactionId: randomUUID(),
          initiatorId: a,
          participantIds: [a, b],
          occurredAt: new Date(Date.UTC(2026, 0, day, 9 + Math.floor(random() * 8))).toISOString(),
          channel: random() < 0.5 ? 'in_person' : 'video',
          durationMinutes: 15 + Math.floor(random() * 60),
          kind: 'one_on_one',
        };
      });
      await store.append(
        interactions.map((x) => ({
          streamId: interactionStream(x.interactionId),
          expectedVersion: 'no_stream' as const,
          events: [newEvent('InteractionLogged', x.occurredAt, x)],
        })),
      );
      relay.wake();
    },
    async processedCount() {
      const { rows } = await db.query<{ n: string }>('SELECT count(*) AS n FROM rm_processed_events');
      return Number(rows[0]!.n);
    },
    async close() {
      await relay.stop();
      await transport.stop();
      await db.close();
      await stack.close();
    },
  };
}

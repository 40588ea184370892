import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kafka, logLevel, type Admin } from 'kafkajs';
import pg from 'pg';
import { eventEnvelope } from '@rapport/contracts';
import { startProductionStack, testBackends, waitFor, type ProductionStack } from '@rapport/test-support';
import { personRequest } from './people-fixture';

/**
 * Production shape: the event-service and the projection worker as separate
 * processes on a real PostgreSQL and a real Kafka broker, each started from the bundle
 * `pnpm build` makes, as the container image runs it (a bundle that cannot resolve an
 * import fails here, not in a deployment).
 */
let stack: ProductionStack;
let kafkaAdmin: Admin;
const kafka = new Kafka({ clientId: 'e2e-test', brokers: testBackends.kafkaBrokers, logLevel: logLevel.NOTHING });
const api = (method: string, path: string, body?: unknown, token?: string) => stack.api(method, path, body, token);

async function registerTwo(): Promise<[string, string]> {
  const a = personRequest();
  const b = personRequest();
  expect((await api('POST', '/v1/people', a)).status).toBe(201);
  expect((await api('POST', '/v1/people', b)).status).toBe(201);
  return [a.personId, b.personId];
}

const interaction = (a: string, b: string, occurredAt = new Date(Date.now() - 60_000).toISOString()) => ({
  initiatorId: a,
  participantIds: [a, b],
  occurredAt,
  channel: 'in_person',
  durationMinutes: 30,
  location: 'their_office',
  kind: 'one_on_one',
});

/** Waits until the projection group has committed everything on the topic. */
async function projectionCaughtUp(): Promise<void> {
  await waitFor(
    async () => {
      const [ends, committed] = await Promise.all([
        kafkaAdmin.fetchTopicOffsets(stack.topic),
        kafkaAdmin.fetchOffsets({ groupId: stack.groupId, topics: [stack.topic] }),
      ]);
      // A partition the group never committed on reports -1: caught up only if it is empty.
      const done = new Map(committed[0]!.partitions.map((p) => [p.partition, Math.max(Number(p.offset), 0)]));
      return ends.every((e) => (done.get(e.partition) ?? 0) >= Number(e.high));
    },
    'projection catch-up',
    30_000,
  );
}

beforeAll(async () => {
  stack = await startProductionStack('e2e', { bundled: true });
  kafkaAdmin = kafka.admin();
  await kafkaAdmin.connect();
});

afterAll(async () => {
  await kafkaAdmin?.disconnect();
  await stack?.close();
});

describe('an interaction through HTTP, PostgreSQL, Kafka and a separate worker', () => {
  it('appears as a relationship in the query', async () => {
    const [ana, ben] = await registerTwo();
    const started = Date.now();
    const logged = await api('POST', '/v1/interactions', interaction(ana, ben));
    expect(logged.status).toBe(201);
    let relationships: any;
    await waitFor(
      async () => {
        relationships = await api('GET', `/v1/people/${ana}/relationships`);
        return relationships.body.items?.length === 1;
      },
      'the relationship to appear',
      30_000,
      stack.worker!.output,
    );
    console.log(`interaction visible in the query ${Date.now() - started} ms after it was posted`);
    expect(relationships.body.items[0]).toMatchObject({ counterpartId: ben, tier: 'weak' });
    expect(relationships.body.items[0].strength).toBeGreaterThan(23);
  });

  it('puts the documented envelope on rapport.events for any plain Kafka client', async () => {
    const [ana, ben] = await registerTwo();
    const logged = await api('POST', '/v1/interactions', interaction(ana, ben));
    const consumer = kafka.consumer({ groupId: `${stack.topicPrefix}plain-${randomUUID()}`, sessionTimeout: 10_000 });
    await consumer.connect();
    await consumer.subscribe({ topic: stack.topic, fromBeginning: true });
    const seen: Array<{ key: string; value: any; headers: Record<string, string> }> = [];
    await consumer.run({
      eachMessage: async ({ message }) => {
        const headers = Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)]));
        seen.push({ key: String(message.key), value: JSON.parse(String(message.value)), headers });
      },
    });
    await waitFor(async () => seen.some((m) => m.value.eventId === logged.body.eventId), 'the event on the topic', 30_000);
    await consumer.disconnect();
    const message = seen.find((m) => m.value.eventId === logged.body.eventId)!;
    expect(message.key).toBe(`interaction-${logged.body.interactionId}`);
    expect(eventEnvelope.safeParse(message.value).success).toBe(true);
    expect(message.value).toMatchObject({
      type: 'InteractionLogged',
      schemaVersion: 3,
      streamVersion: 1,
      data: { initiatorId: ana, authorId: ana },
    });
    expect(message.headers).toEqual({ eventId: logged.body.eventId, type: 'InteractionLogged', schemaVersion: '3' });
  });

  it('counts a duplicate delivery of the same event once', async () => {
    const [ana, ben] = await registerTwo();
    const logged = await api('POST', '/v1/interactions', interaction(ana, ben));
    await waitFor(async () => (await api('GET', `/v1/people/${ana}/relationships`)).body.items?.length === 1, 'projection', 30_000);
    const asOf = new Date().toISOString();
    const before = (await api('GET', `/v1/people/${ana}/relationships?asOf=${asOf}`)).body.items[0];

    // Re-send the stored event exactly as the relay did, twice, with a bare producer.
    const client = new pg.Client({ connectionString: stack.database.url });
    await client.connect();
    const { rows } = await client.query('SELECT * FROM events WHERE event_id = $1', [logged.body.eventId]);
    await client.end();
    const row = rows[0];
    const envelope = {
      eventId: row.event_id,
      type: row.type,
      schemaVersion: row.schema_version,
      streamId: row.stream_id,
      streamVersion: row.stream_version,
      occurredAt: new Date(row.occurred_at).toISOString(),
      recordedAt: new Date(row.recorded_at).toISOString(),
      actorId: row.actor_id,
      correlationId: row.correlation_id,
      causationId: row.causation_id,
      globalPosition: String(row.global_position),
      data: row.data,
    };
    const producer = kafka.producer();
    await producer.connect();
    const duplicate = {
      key: envelope.streamId,
      value: JSON.stringify(envelope),
      headers: { eventId: envelope.eventId, type: envelope.type, schemaVersion: String(envelope.schemaVersion) },
    };
    await producer.send({ topic: stack.topic, messages: [duplicate, duplicate] });
    await producer.disconnect();
    await projectionCaughtUp();

    const after = (await api('GET', `/v1/people/${ana}/relationships?asOf=${asOf}`)).body.items[0];
    expect(after.strength).toBe(before.strength);
    expect(after.explanation.interactionCount).toBe(1);
  });

  it('sends a poison message to the dead-letter topic and still projects the next event', async () => {
    const producer = kafka.producer();
    await producer.connect();
    const poisonKey = `interaction-${randomUUID()}`;
    await producer.send({ topic: stack.topic, messages: [{ key: poisonKey, value: '{"this is": not an event' }] });
    await producer.disconnect();

    const [ana, ben] = await registerTwo();
    expect((await api('POST', '/v1/interactions', interaction(ana, ben))).status).toBe(201);
    await waitFor(
      async () => (await api('GET', `/v1/people/${ana}/relationships`)).body.items?.length === 1,
      'the next event projected',
      30_000,
      stack.worker!.output,
    );

    const consumer = kafka.consumer({ groupId: `${stack.topicPrefix}dlq-${randomUUID()}`, sessionTimeout: 10_000 });
    await consumer.connect();
    await consumer.subscribe({ topic: stack.deadLetterTopic, fromBeginning: true });
    const dead: Array<{ key: string; reason: string }> = [];
    await consumer.run({
      eachMessage: async ({ message }) => {
        dead.push({ key: String(message.key), reason: String(message.headers?.['dlq-reason'] ?? '') });
      },
    });
    await waitFor(async () => dead.some((d) => d.key === poisonKey), 'the poison message on the DLQ', 30_000);
    await consumer.disconnect();
    expect(dead.find((d) => d.key === poisonKey)!.reason).toMatch(/not JSON/);
  });

  it('shuts both processes down cleanly on SIGTERM (the relay, the consumer and the pools closed; exit code 0)', async () => {
    await stack.worker!.stop('SIGTERM');
    await stack.service.stop('SIGTERM');
    expect({ service: stack.service.process.exitCode, worker: stack.worker!.process.exitCode }).toEqual({ service: 0, worker: 0 });
  });
});

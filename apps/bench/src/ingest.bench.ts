import { randomUUID } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { interactionStream, toEventMessage, type EventEnvelope } from '@rapport/contracts';
import type { Stack } from './stack';
import { countOf } from './stack';
import { post } from './http';
import { chunks, inParallel, type Workload } from './workload';
import { createTopic, rawProducer } from './raw-kafka';

export interface IngestResult {
  readonly interactions: number;
  readonly rapportSeconds: number;
  readonly rawSeconds: number;
  readonly rapportPerSecond: number;
  readonly rawPerSecond: number;
  readonly ratio: number;
}

const BATCH = 1000;

/** Registers the workload's people (not timed), managers first, 1,000 at a time. */
export async function registerPeople(stack: Stack, load: Workload): Promise<void> {
  for (const batch of chunks(load.people, BATCH)) {
    await post(stack.url, stack.token, '/v1/people/batch', { people: batch });
  }
}

/**
 * Rapport: every interaction through POST /v1/interactions/batch (validated, decided,
 * appended with its outbox row) until the relay has published everything to Kafka.
 * Raw limit: the same event rows with multi-row INSERTs into a table shaped like the
 * event store's, then the same messages through a bare idempotent kafkajs producer.
 */
export async function ingestBenchmark(stack: Stack, load: Workload): Promise<IngestResult> {
  const started = performance.now();
  await inParallel(chunks(load.interactions, BATCH), 2, async (batch) => {
    await post(stack.url, stack.token, '/v1/interactions/batch', { interactions: batch });
  });
  while ((await countOf(stack.sql, 'SELECT count(*) AS n FROM outbox')) > 0) await new Promise((r) => setTimeout(r, 20));
  const rapportSeconds = (performance.now() - started) / 1000;

  const rawSeconds = await rawIngest(stack, load);
  const n = load.interactions.length;
  return {
    interactions: n,
    rapportSeconds,
    rawSeconds,
    rapportPerSecond: n / rapportSeconds,
    rawPerSecond: n / rawSeconds,
    ratio: rawSeconds / rapportSeconds,
  };
}

async function rawIngest(stack: Stack, load: Workload): Promise<number> {
  await stack.sql.query('CREATE TABLE bench_raw_events (LIKE events INCLUDING ALL)');
  const topic = `${stack.topic}.raw-ingest`;
  await createTopic(topic);
  const producer = await rawProducer();
  const now = new Date().toISOString();
  const envelopes: EventEnvelope[] = load.interactions.map((interaction) => ({
    eventId: uuidv7(),
    type: 'InteractionLogged',
    schemaVersion: 1,
    streamId: interactionStream(interaction.interactionId),
    streamVersion: 1,
    occurredAt: interaction.occurredAt,
    recordedAt: now,
    actorId: 'bench',
    correlationId: randomUUID(),
    causationId: null,
    data: interaction,
  }));
  const started = performance.now();
  for (const batch of chunks(envelopes, BATCH)) {
    await stack.sql.query(
      `INSERT INTO bench_raw_events (event_id, stream_id, stream_version, type, schema_version, occurred_at, actor_id, correlation_id, causation_id, data)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::int[], $4::text[], $5::int[], $6::timestamptz[], $7::text[], $8::text[], $9::text[], $10::jsonb[])`,
      [
        batch.map((e) => e.eventId),
        batch.map((e) => e.streamId),
        batch.map((e) => e.streamVersion),
        batch.map((e) => e.type),
        batch.map((e) => e.schemaVersion),
        batch.map((e) => e.occurredAt),
        batch.map((e) => e.actorId),
        batch.map((e) => e.correlationId),
        batch.map(() => null),
        batch.map((e) => JSON.stringify(e.data)),
      ],
    );
  }
  for (const batch of chunks(envelopes, BATCH)) {
    await producer.send({
      topic,
      acks: -1,
      messages: batch.map((e) => {
        const m = toEventMessage(e);
        return { key: m.key, value: m.value, headers: { ...m.headers } };
      }),
    });
  }
  const seconds = (performance.now() - started) / 1000;
  await producer.disconnect();
  return seconds;
}

import { randomUUID } from 'node:crypto';
import type { InteractionLoggedV1 } from '@rapport/contracts';
import { defaultStrengthParameters } from '@rapport/domain';
import { EventStore, openPostgres } from '@rapport/event-store';
import { rebuildReadModels } from '@rapport/projections';
import { countOf, type Stack } from './stack';
import type { Admin } from 'kafkajs';
import { kafka } from './raw-kafka';

export interface ProjectionResult {
  readonly events: number;
  readonly rapportSeconds: number;
  readonly rawSeconds: number;
  readonly rapportPerSecond: number;
  readonly rawPerSecond: number;
  readonly ratio: number;
}

/**
 * Rapport: a projection worker process joins a fresh group and projects the whole topic
 * into the read models, timed from joining the group until the group has committed
 * every offset — which it does after each batch's read-model transaction — with the
 * messages it handled while announcing itself prorated. The probe asks the broker,
 * not the database: counting the processed-events table every 25 ms would scan a table
 * of up to a million rows forty times a second beside the worker's own writes.
 * Raw limit: a bare kafkajs consumer reading the same topic and writing the minimal
 * batched upserts of the same tie rows (one multi-row INSERT per batch).
 */
export async function projectionBenchmark(stack: Stack, events: number): Promise<ProjectionResult> {
  const groupId = `${stack.env.PROJECTION_GROUP_ID}-bench`;
  const admin = kafka.admin();
  await admin.connect();
  try {
    // Timed from the moment the worker has joined its group (process start-up is not projection).
    await stack.startWorker('-bench');
    const started = performance.now();
    const total = await messagesOn(admin, stack.topic);
    const waiting = () => uncommitted(admin, groupId, stack.topic);
    const already = total - (await waiting());
    while ((await waiting()) > 0) await new Promise((r) => setTimeout(r, 25));
    const rapportSeconds = ((performance.now() - started) / 1000) * (total / Math.max(1, total - already));
    const projected = await countOf(stack.sql, 'SELECT count(*) AS n FROM rm_processed_events');
    if (projected < events) throw new Error(`the worker committed every offset but projected ${projected} of ${events} events`);

    const rawSeconds = await rawProjection(stack, events);
    return {
      events,
      rapportSeconds,
      rawSeconds,
      rapportPerSecond: events / rapportSeconds,
      rawPerSecond: events / rawSeconds,
      ratio: rawSeconds / rapportSeconds,
    };
  } finally {
    await admin.disconnect();
  }
}

async function messagesOn(admin: Admin, topic: string): Promise<number> {
  const offsets = await admin.fetchTopicOffsets(topic);
  return offsets.reduce((sum, p) => sum + Number(p.high) - Number(p.low), 0);
}

/** Messages the group has not committed yet (a partition it never committed counts whole). */
async function uncommitted(admin: Admin, groupId: string, topic: string): Promise<number> {
  const [ends, committed] = await Promise.all([admin.fetchTopicOffsets(topic), admin.fetchOffsets({ groupId, topics: [topic] })]);
  const done = new Map((committed[0]?.partitions ?? []).map((p) => [p.partition, Number(p.offset)]));
  return ends.reduce((sum, p) => sum + Number(p.high) - Math.max(Number(p.low), done.get(p.partition) ?? -1), 0);
}

async function rawProjection(stack: Stack, events: number): Promise<number> {
  await stack.sql
    .query(`CREATE TABLE bench_raw_ties (event_id uuid, person_id uuid, counterpart_id uuid, weight float8, occurred_at timestamptz,
                          PRIMARY KEY (event_id, person_id, counterpart_id))`);
  const consumer = kafka.consumer({ groupId: `raw-${randomUUID()}`, sessionTimeout: 10_000 });
  await consumer.connect();
  await consumer.subscribe({ topic: stack.topic, fromBeginning: true });
  let consumed = 0;
  const started = performance.now();
  const done = new Promise<void>((resolve) => {
    void consumer.run({
      autoCommit: false,
      eachBatch: async ({ batch, resolveOffset, commitOffsetsIfNecessary }) => {
        const rows: Array<[string, string, string, number, string]> = [];
        for (const message of batch.messages) {
          const envelope = JSON.parse(String(message.value)) as { eventId: string; type: string; data: InteractionLoggedV1 };
          if (envelope.type === 'InteractionLogged') {
            const [a, b] = envelope.data.participantIds;
            if (a && b)
              rows.push([envelope.eventId, a, b, 1, envelope.data.occurredAt], [envelope.eventId, b, a, 1, envelope.data.occurredAt]);
          }
        }
        if (rows.length > 0) {
          await stack.sql.query(
            `INSERT INTO bench_raw_ties SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::float8[], $5::timestamptz[]) ON CONFLICT DO NOTHING`,
            [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2]), rows.map((r) => r[3]), rows.map((r) => r[4])],
          );
        }
        const last = batch.messages.at(-1);
        if (last) resolveOffset(last.offset);
        await commitOffsetsIfNecessary();
        consumed += batch.messages.length;
        if (consumed >= events) resolve();
      },
    });
  });
  await done;
  const seconds = (performance.now() - started) / 1000;
  await consumer.disconnect();
  return seconds;
}

export interface RebuildResult {
  readonly events: number;
  readonly seconds: number;
  readonly perSecond: number;
}

/** A full rebuild of every read model from the event store, in this process. */
export async function rebuildBenchmark(stack: Stack): Promise<RebuildResult> {
  const db = openPostgres(stack.env.DATABASE_URL!);
  try {
    const started = performance.now();
    const result = await rebuildReadModels({ db, store: new EventStore(db), strength: defaultStrengthParameters, pageSize: 5000 });
    const seconds = (performance.now() - started) / 1000;
    return { events: result.processed, seconds, perSecond: result.processed / seconds };
  } finally {
    await db.close();
  }
}

import type { Batch, EachBatchPayload, IHeaders, Kafka, KafkaMessage } from 'kafkajs';
import { InterruptibleDelay, redeliveryDelayMs, type RedeliveryPolicy } from './redelivery';
import type { BatchHandler, ConsumedMessage, SubscribeOptions, Subscription } from './types';

export interface KafkaSubscriptionSettings {
  readonly sessionTimeoutMs: number;
  readonly heartbeatIntervalMs: number;
  readonly redelivery: RedeliveryPolicy;
  /** Longest a fetch waits for new messages; also bounds how long stop() waits for it. */
  readonly maxWaitMs: number;
  /** How long subscribe() waits for the first group assignment. */
  readonly joinTimeoutMs: number;
  /** Partitions whose batches the handler is given at once (kafkajs partitionsConsumedConcurrently). */
  readonly partitionsAtOnce: number;
  /** The most one fetch takes from a partition, in bytes (kafkajs maxBytesPerPartition). */
  readonly fetchBytesPerPartition: number;
}

/**
 * A consumer group member that hands each partition batch to the handler and commits
 * the batch's offsets only after the handler resolves; batches of different partitions
 * may be in the handler at once (`partitionsAtOnce`), never two of one partition.
 *
 * Handler errors are handled here, deliberately not by kafkajs: the batch is neither
 * resolved nor committed, the member waits (exponential backoff, heartbeating so it
 * keeps its partitions), seeks back to the batch's first offset and returns normally,
 * so the same messages are fetched again. Rethrowing instead would make kafkajs restart
 * the consumer, which leaves and rejoins the group and rebalances every member.
 * Errors of the group protocol itself (rebalance, commit refused) still go to kafkajs,
 * which rejoins and redelivers from the last committed offset.
 */
export async function subscribeWithKafka(
  kafka: Kafka,
  options: SubscribeOptions,
  handler: BatchHandler,
  settings: KafkaSubscriptionSettings,
): Promise<Subscription> {
  const consumer = kafka.consumer({
    groupId: options.groupId,
    sessionTimeout: settings.sessionTimeoutMs,
    heartbeatInterval: settings.heartbeatIntervalMs,
    maxWaitTimeInMs: settings.maxWaitMs,
    // Larger batches: fewer transactions, and a pair's sums upserted once for more of its contributions.
    maxBytesPerPartition: settings.fetchBytesPerPartition,
    maxBytes: Math.max(10 * 1024 * 1024, settings.partitionsAtOnce * settings.fetchBytesPerPartition),
    allowAutoTopicCreation: false,
  });
  const delay = new InterruptibleDelay();
  // Failed deliveries per partition, keyed by the offset the failing batch starts at.
  const failures = new Map<number, { firstOffset: string; count: number }>();
  let stopping = false;

  const joined = new Promise<void>((resolve) => {
    const removeListener = consumer.on(consumer.events.GROUP_JOIN, () => {
      removeListener();
      resolve();
    });
  });

  async function eachBatch(payload: EachBatchPayload): Promise<void> {
    const { batch } = payload;
    const messages = batch.messages.map((message) => toConsumedMessage(batch, message));
    const first = messages[0];
    if (first === undefined || stopping) return;

    const failure = failures.get(batch.partition);
    const attempt = failure?.firstOffset === first.offset ? failure.count + 1 : 1;
    let groupError: unknown;
    const heartbeat = async () => {
      try {
        await payload.heartbeat();
      } catch (error) {
        groupError = error;
        throw error;
      }
    };

    try {
      await handler(messages, { heartbeat, isStopping: () => stopping, attempt });
    } catch (error) {
      if (error === groupError) throw error;
      failures.set(batch.partition, { firstOffset: first.offset, count: attempt });
      await waitHeartbeating(redeliveryDelayMs(attempt, settings.redelivery), heartbeat);
      if (!stopping) consumer.seek({ topic: batch.topic, partition: batch.partition, offset: first.offset });
      return;
    }

    failures.delete(batch.partition);
    payload.resolveOffset(batch.lastOffset());
    // Kafka commits the offset of the next message to read.
    const next = (BigInt(batch.lastOffset()) + 1n).toString();
    await payload.commitOffsetsIfNecessary({
      topics: [{ topic: batch.topic, partitions: [{ partition: batch.partition, offset: next }] }],
    });
  }

  async function waitHeartbeating(totalMs: number, heartbeat: () => Promise<void>): Promise<void> {
    const until = Date.now() + totalMs;
    while (!stopping && Date.now() < until) {
      await delay.wait(Math.min(settings.heartbeatIntervalMs, until - Date.now()));
      if (!stopping) await heartbeat();
    }
  }

  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [options.topic], fromBeginning: options.fromBeginning });
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: settings.partitionsAtOnce,
      eachBatch,
    });
    await withTimeout(joined, settings.joinTimeoutMs, `group ${options.groupId} did not assign partitions`);
  } catch (error) {
    await consumer.disconnect();
    throw error;
  }

  return {
    async stop() {
      if (stopping) return;
      stopping = true;
      delay.interruptAll();
      // Waits for the batch in progress, then leaves the group so the others rebalance at once.
      await consumer.disconnect();
    },
  };
}

function toConsumedMessage(batch: Batch, message: KafkaMessage): ConsumedMessage {
  return {
    topic: batch.topic,
    partition: batch.partition,
    offset: message.offset,
    key: message.key?.toString('utf8') ?? '',
    value: message.value?.toString('utf8') ?? '',
    headers: toHeaders(message.headers),
  };
}

function toHeaders(headers: IHeaders | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const single = Array.isArray(value) ? value[0] : value;
    if (single !== undefined) result[name] = single.toString();
  }
  return result;
}

async function withTimeout(promise: Promise<void>, ms: number, message: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${message} within ${ms} ms`)), ms);
  });
  try {
    await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

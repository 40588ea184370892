import { Kafka, logLevel as KafkaLogLevel, Partitioners, type Admin, type Producer, type RetryOptions } from 'kafkajs';
import { subscribeWithKafka } from './kafka-subscription';
import { ensureTopics } from './kafka-topics';
import { TransportBase, type CommonTransportOptions } from './transport-base';
import type { BatchHandler, MessageTransport, OutgoingMessage, SubscribeOptions, Subscription } from './types';

export type TransportLogLevel = 'nothing' | 'error' | 'warn' | 'info' | 'debug';

/** Kafka's own options beside the common ones (topics that exist already keep their partitions). */
export interface KafkaTransportOptions extends CommonTransportOptions {
  readonly brokers: readonly string[];
  readonly clientId: string;
  readonly logLevel?: TransportLogLevel;
  /** How long the group waits for a silent member before rebalancing (kafkajs default 30 s). */
  readonly sessionTimeoutMs?: number;
  /** How many partitions a subscription hands to its handler at once (default 1). */
  readonly partitionsAtOnce?: number;
  /** The most one fetch takes from a partition, in bytes: a batch's largest size (default kafkajs's 1 MiB). */
  readonly fetchBytesPerPartition?: number;
  /** kafkajs's retry of individual requests (connect, send, commit, metadata). */
  readonly retry?: Pick<RetryOptions, 'retries' | 'initialRetryTime' | 'maxRetryTime'>;
}

const logLevels: Record<TransportLogLevel, KafkaLogLevel> = {
  nothing: KafkaLogLevel.NOTHING,
  error: KafkaLogLevel.ERROR,
  warn: KafkaLogLevel.WARN,
  info: KafkaLogLevel.INFO,
  debug: KafkaLogLevel.DEBUG,
};

export function createKafkaTransport(options: KafkaTransportOptions): MessageTransport {
  return new KafkaTransport(options);
}

class KafkaTransport extends TransportBase implements MessageTransport {
  readonly kind = 'kafka' as const;
  private readonly kafka: Kafka;
  private readonly sessionTimeoutMs: number;
  private readonly partitionsAtOnce: number;
  private readonly fetchBytesPerPartition: number;
  private readonly producer: Producer;
  private readonly admin: Admin;
  private started: Promise<void> | undefined;

  constructor(options: KafkaTransportOptions) {
    super(options);
    this.sessionTimeoutMs = options.sessionTimeoutMs ?? 30_000;
    this.partitionsAtOnce = options.partitionsAtOnce ?? 1;
    this.fetchBytesPerPartition = options.fetchBytesPerPartition ?? 1024 * 1024;
    this.kafka = new Kafka({
      clientId: options.clientId,
      brokers: [...options.brokers],
      logLevel: logLevels[options.logLevel ?? 'warn'],
      ...(options.retry ? { retry: options.retry } : {}),
    });
    // Idempotent: a retried send is written once and per-partition order holds.
    this.producer = this.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    this.admin = this.kafka.admin();
  }

  start(): Promise<void> {
    this.started ??= this.connect().catch((error: unknown) => {
      this.started = undefined;
      throw error;
    });
    return this.started;
  }

  private async connect(): Promise<void> {
    await this.admin.connect();
    await ensureTopics(this.admin, [this.topics.events, this.topics.deadLetter], this.partitions);
    await this.producer.connect();
  }

  async publish(topic: string, messages: readonly OutgoingMessage[]): Promise<void> {
    if (messages.length === 0) return;
    await this.producer.send({
      topic,
      acks: -1,
      messages: messages.map((message) => ({ key: message.key, value: message.value, headers: { ...message.headers } })),
    });
  }

  async subscribe(options: SubscribeOptions, handler: BatchHandler): Promise<Subscription> {
    const subscription = await subscribeWithKafka(this.kafka, options, handler, {
      sessionTimeoutMs: this.sessionTimeoutMs,
      partitionsAtOnce: this.partitionsAtOnce,
      fetchBytesPerPartition: this.fetchBytesPerPartition,
      // kafkajs requires the heartbeat well inside the session timeout; a third is the usual ratio.
      heartbeatIntervalMs: Math.max(100, Math.min(3_000, Math.floor(this.sessionTimeoutMs / 3))),
      redelivery: this.redelivery,
      // kafkajs's 5 s default would make every stop() wait up to 5 s for an idle fetch.
      maxWaitMs: 1_000,
      joinTimeoutMs: this.sessionTimeoutMs + 30_000,
    });
    return this.tracked(subscription);
  }

  async lag(groupId: string, topic: string): Promise<ReadonlyArray<{ partition: number; lag: number }>> {
    await this.admin.connect();
    const [committed, ends] = await Promise.all([
      this.admin.fetchOffsets({ groupId, topics: [topic] }),
      this.admin.fetchTopicOffsets(topic),
    ]);
    const committedByPartition = new Map(
      (committed.find((entry) => entry.topic === topic)?.partitions ?? []).map((p) => [p.partition, Number(p.offset)]),
    );
    return ends
      .map(({ partition, high, low }) => {
        // A group that never committed on a partition has everything still to read.
        const position = committedByPartition.get(partition) ?? -1;
        return { partition, lag: Math.max(0, Number(high) - (position < 0 ? Number(low) : position)) };
      })
      .sort((a, b) => a.partition - b.partition);
  }

  async stop(): Promise<void> {
    await this.stopSubscriptions();
    await this.producer.disconnect();
    await this.admin.disconnect();
    this.started = undefined;
  }
}

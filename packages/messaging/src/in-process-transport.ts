import { InProcessGroup } from './in-process-group';
import { partitionForKey } from './partition-for-key';
import { TransportBase, type CommonTransportOptions } from './transport-base';
import type { BatchHandler, ConsumedMessage, MessageTransport, OutgoingMessage, SubscribeOptions, Subscription } from './types';

export interface InProcessTransportOptions extends CommonTransportOptions {
  /** Most messages handed to one handler call (kafkajs's batches are bounded by bytes instead). */
  readonly maxBatchSize?: number;
}

export function createInProcessTransport(options: InProcessTransportOptions = {}): MessageTransport {
  return new InProcessTransport(options);
}

/**
 * The embedded default's transport: Kafka's semantics in memory for one process. Topics
 * have partitions chosen by key hash (per-key order holds), groups commit offsets after
 * the handler resolves, failed batches come back after a backoff. Nothing is persisted:
 * on restart the relay republishes from the event store and projections rebuild.
 */
class InProcessTransport extends TransportBase implements MessageTransport {
  readonly kind = 'in-process' as const;
  private readonly maxBatchSize: number;
  private readonly logs = new Map<string, ConsumedMessage[][]>();
  private readonly groups = new Map<string, InProcessGroup>();
  private started = false;

  constructor(options: InProcessTransportOptions) {
    super(options);
    this.maxBatchSize = options.maxBatchSize ?? 500;
  }

  async start(): Promise<void> {
    for (const topic of [this.topics.events, this.topics.deadLetter]) {
      if (!this.logs.has(topic))
        this.logs.set(
          topic,
          Array.from({ length: this.partitions }, () => []),
        );
    }
    this.started = true;
  }

  async publish(topic: string, messages: readonly OutgoingMessage[]): Promise<void> {
    if (!this.started) throw new Error('in-process transport is not started');
    const log = this.topicLog(topic);
    for (const message of messages) {
      const partition = partitionForKey(message.key, log.length);
      const messagesOfPartition = log[partition] ?? [];
      messagesOfPartition.push({
        topic,
        partition,
        offset: String(messagesOfPartition.length),
        key: message.key,
        value: message.value,
        headers: { ...message.headers },
      });
    }
    for (const [id, group] of this.groups) if (id.endsWith(`\u0000${topic}`)) group.schedule();
  }

  async subscribe(options: SubscribeOptions, handler: BatchHandler): Promise<Subscription> {
    const membership = this.group(options.groupId, options.topic).join(handler, options.fromBeginning);
    return this.tracked({ stop: () => membership.leave() });
  }

  async lag(groupId: string, topic: string): Promise<ReadonlyArray<{ partition: number; lag: number }>> {
    return this.group(groupId, topic).lag();
  }

  async stop(): Promise<void> {
    await this.stopSubscriptions();
    this.started = false;
  }

  private topicLog(topic: string): ConsumedMessage[][] {
    const log = this.logs.get(topic);
    if (!log) throw new Error(`unknown topic ${topic}: the in-process transport only has ${[...this.logs.keys()].join(', ')}`);
    return log;
  }

  private group(groupId: string, topic: string): InProcessGroup {
    const id = `${groupId}\u0000${topic}`;
    let group = this.groups.get(id);
    if (!group) {
      group = new InProcessGroup(this.topicLog(topic), this.redelivery, this.maxBatchSize);
      this.groups.set(id, group);
    }
    return group;
  }
}

import { Kafka, logLevel } from 'kafkajs';

/** One message of rapport.events as a plain Kafka client reads it. */
export interface Delivery {
  readonly partition: number;
  readonly offset: bigint;
  readonly streamId: string;
  readonly eventId: string;
  readonly streamVersion: number;
  /** When the producer (a relay) sent it: Kafka's CreateTime, epoch milliseconds. */
  readonly sentAt: number;
}

/** Everything on a topic, read by a consumer group of its own from the beginning while it runs. */
export interface TopicReadback {
  readonly deliveries: readonly Delivery[];
  /** How many distinct events were read so far. */
  eventCount(): number;
  stop(): Promise<void>;
}

export async function readTopicBack(brokers: readonly string[], topic: string, groupId: string): Promise<TopicReadback> {
  const kafka = new Kafka({ clientId: 'topic-readback', brokers: [...brokers], logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({ groupId, sessionTimeout: 10_000, maxWaitTimeInMs: 500 });
  const deliveries: Delivery[] = [];
  const seen = new Set<string>();
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    eachBatch: async ({ batch }) => {
      for (const message of batch.messages) {
        const envelope = JSON.parse(String(message.value)) as { eventId: string; streamVersion: number };
        deliveries.push({
          partition: batch.partition,
          offset: BigInt(message.offset),
          streamId: String(message.key),
          eventId: envelope.eventId,
          streamVersion: envelope.streamVersion,
          sentAt: Number(message.timestamp),
        });
        seen.add(envelope.eventId);
      }
    },
  });
  return { deliveries, eventCount: () => seen.size, stop: () => consumer.disconnect() };
}

/** Per stream: the stream versions in the order each event was first delivered (by partition offset). */
export function firstDeliveryOrder(deliveries: readonly Delivery[]): Map<string, number[]> {
  const inOrder = [...deliveries].sort((a, b) => a.partition - b.partition || (a.offset < b.offset ? -1 : a.offset > b.offset ? 1 : 0));
  const delivered = new Set<string>();
  const order = new Map<string, number[]>();
  for (const delivery of inOrder) {
    if (delivered.has(delivery.eventId)) continue;
    delivered.add(delivery.eventId);
    const versions = order.get(delivery.streamId) ?? [];
    versions.push(delivery.streamVersion);
    order.set(delivery.streamId, versions);
  }
  return order;
}

/** When each event was first sent to the topic (epoch milliseconds). */
export function firstSentAt(deliveries: readonly Delivery[]): Map<string, number> {
  const sent = new Map<string, number>();
  for (const { eventId, sentAt } of deliveries) sent.set(eventId, Math.min(sentAt, sent.get(eventId) ?? Infinity));
  return sent;
}

/** Streams whose events were delivered on more than one partition (a key always maps to one). */
export function streamsOnSeveralPartitions(deliveries: readonly Delivery[]): string[] {
  const partitions = new Map<string, Set<number>>();
  for (const { streamId, partition } of deliveries) partitions.set(streamId, (partitions.get(streamId) ?? new Set()).add(partition));
  return [...partitions].filter(([, seen]) => seen.size > 1).map(([streamId]) => streamId);
}

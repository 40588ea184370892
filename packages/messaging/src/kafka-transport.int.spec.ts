import { randomBytes } from 'node:crypto';
import { testBackends } from '@rapport/test-support';
import { Kafka, logLevel } from 'kafkajs';
import { afterAll, describe, expect, it } from 'vitest';
import { createKafkaTransport } from './kafka-transport';
import type { ConsumedMessage, MessageTransport, OutgoingMessage, Subscription } from './types';

// Runs against the real broker; the root global setup starts it (or fails the run).
const brokers = testBackends.kafkaBrokers;
const transports: MessageTransport[] = [];
const subscriptions: Subscription[] = [];
const admin = new Kafka({ clientId: 'messaging-int-admin', brokers, logLevel: logLevel.ERROR }).admin();

function unique(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
}

async function startedTransport(partitions = 3, redelivery = { initialDelayMs: 100, maxDelayMs: 1_000 }): Promise<MessageTransport> {
  const name = unique('it.messaging');
  const transport = createKafkaTransport({
    brokers,
    clientId: unique('messaging-int'),
    partitions,
    topics: { events: `${name}.events`, deadLetter: `${name}.events.dlq` },
    logLevel: 'error',
    sessionTimeoutMs: 6_000,
    redelivery,
  });
  transports.push(transport);
  await transport.start();
  return transport;
}

function event(streamId: string, n: number): OutgoingMessage {
  return {
    key: streamId,
    value: JSON.stringify({ streamId, n }),
    headers: { eventId: `${streamId}-${n}`, type: 'InteractionLogged', schemaVersion: '1' },
  };
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function totalLag(transport: MessageTransport, groupId: string): Promise<number> {
  return (await transport.lag(groupId, transport.topics.events)).reduce((sum, p) => sum + p.lag, 0);
}

afterAll(async () => {
  await Promise.all(subscriptions.map((subscription) => subscription.stop()));
  await Promise.all(transports.map((transport) => transport.stop()));
  await admin.disconnect();
});

describe('KafkaTransport against a real broker', () => {
  it('creates the events and dead-letter topics with the configured partitions, each with a leader', async () => {
    const transport = await startedTransport(4);
    await admin.connect();
    const { topics } = await admin.fetchTopicMetadata({
      topics: [transport.topics.events, transport.topics.deadLetter],
    });
    expect(topics).toHaveLength(2);
    for (const topic of topics) {
      expect(topic.partitions).toHaveLength(4);
      for (const partition of topic.partitions) expect(partition.leader).toBeGreaterThanOrEqual(0);
    }
    // A second start (another process) finds the topics and does not fail.
    const again = createKafkaTransport({ brokers, clientId: unique('messaging-int'), topics: transport.topics, logLevel: 'error' });
    transports.push(again);
    await again.start();
  });

  it('round-trips key, value and the three headers, keeping each key on one partition in order', async () => {
    const transport = await startedTransport();
    const groupId = unique('it-roundtrip');
    const received: ConsumedMessage[] = [];
    subscriptions.push(
      await transport.subscribe({ groupId, topic: transport.topics.events, fromBeginning: true }, async (batch) => {
        received.push(...batch);
      }),
    );
    const streams = ['person-1', 'person-2', 'interaction-9'];
    for (let n = 0; n < 5; n++)
      await transport.publish(
        transport.topics.events,
        streams.map((s) => event(s, n)),
      );

    await until(() => received.length === 15);
    const first = received.find((m) => m.key === 'person-1');
    expect(first).toMatchObject({
      topic: transport.topics.events,
      key: 'person-1',
      value: JSON.stringify({ streamId: 'person-1', n: 0 }),
      headers: { eventId: 'person-1-0', type: 'InteractionLogged', schemaVersion: '1' },
    });
    expect(first?.offset).toMatch(/^\d+$/);
    for (const stream of streams) {
      const ofStream = received.filter((m) => m.key === stream);
      expect(ofStream.map((m) => JSON.parse(m.value).n)).toEqual([0, 1, 2, 3, 4]);
      expect(new Set(ofStream.map((m) => m.partition)).size).toBe(1);
    }
    await until(async () => (await totalLag(transport, groupId)) === 0);
  });

  it('redelivers the same messages after the handler throws, and commits only once it succeeds', async () => {
    const transport = await startedTransport(1);
    const groupId = unique('it-redelivery');
    await transport.publish(transport.topics.events, [event('person-1', 0), event('person-1', 1)]);
    const deliveries: Array<{ eventIds: string[]; attempt: number }> = [];
    let lagDuringFailedAttempt: number | undefined;
    subscriptions.push(
      await transport.subscribe({ groupId, topic: transport.topics.events, fromBeginning: true }, async (batch, control) => {
        deliveries.push({ eventIds: batch.map((m) => m.headers.eventId ?? ''), attempt: control.attempt });
        if (deliveries.length === 1) {
          lagDuringFailedAttempt = await totalLag(transport, groupId);
          throw new Error('read model unavailable');
        }
      }),
    );

    await until(() => deliveries.length >= 2);
    expect(lagDuringFailedAttempt).toBe(2);
    expect(deliveries[0]).toEqual({ eventIds: ['person-1-0', 'person-1-1'], attempt: 1 });
    expect(deliveries[1]).toEqual({ eventIds: ['person-1-0', 'person-1-1'], attempt: 2 });
    await until(async () => (await totalLag(transport, groupId)) === 0);
    expect(deliveries).toHaveLength(2);
  });

  it('does not commit while the handler runs, and a later member of the group skips committed batches', async () => {
    const transport = await startedTransport(1);
    const groupId = unique('it-commit');
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    const firstSeen: string[] = [];
    const first = await transport.subscribe({ groupId, topic: transport.topics.events, fromBeginning: true }, async (batch) => {
      firstSeen.push(...batch.map((m) => m.headers.eventId ?? ''));
      await released;
    });
    await transport.publish(transport.topics.events, [event('person-1', 0), event('person-1', 1)]);
    await until(() => firstSeen.length === 2);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await totalLag(transport, groupId)).toBe(2);

    release();
    await until(async () => (await totalLag(transport, groupId)) === 0);
    const stopStarted = Date.now();
    await first.stop();
    // Leaving the group explicitly: the next member does not wait for the session timeout.
    expect(Date.now() - stopStarted).toBeLessThan(3_000);

    const secondSeen: string[] = [];
    subscriptions.push(
      await transport.subscribe({ groupId, topic: transport.topics.events, fromBeginning: true }, async (batch) => {
        secondSeen.push(...batch.map((m) => m.headers.eventId ?? ''));
      }),
    );
    await transport.publish(transport.topics.events, [event('person-1', 2)]);
    await until(() => secondSeen.length >= 1);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(secondSeen).toEqual(['person-1-2']);
  });

  it('stops promptly while a failed batch waits for redelivery, leaving it uncommitted', async () => {
    const transport = await startedTransport(1, { initialDelayMs: 20_000, maxDelayMs: 20_000 });
    const groupId = unique('it-stop-backoff');
    await transport.publish(transport.topics.events, [event('person-1', 0)]);
    let attempts = 0;
    const subscription = await transport.subscribe({ groupId, topic: transport.topics.events, fromBeginning: true }, async () => {
      attempts++;
      throw new Error('read model unavailable');
    });
    await until(() => attempts === 1);
    const stopStarted = Date.now();
    await subscription.stop();
    expect(Date.now() - stopStarted).toBeLessThan(3_000);
    expect(attempts).toBe(1);
    expect(await totalLag(transport, groupId)).toBe(1);
  });

  it('reports lag per partition: everything for a new group, nothing once consumed', async () => {
    const transport = await startedTransport(3);
    const groupId = unique('it-lag');
    const streams = Array.from({ length: 12 }, (_, i) => `person-${i}`);
    await transport.publish(
      transport.topics.events,
      streams.map((s) => event(s, 0)),
    );

    const before = await transport.lag(groupId, transport.topics.events);
    expect(before.map((p) => p.partition)).toEqual([0, 1, 2]);
    expect(before.reduce((sum, p) => sum + p.lag, 0)).toBe(12);

    subscriptions.push(await transport.subscribe({ groupId, topic: transport.topics.events, fromBeginning: true }, async () => {}));
    await until(async () => (await totalLag(transport, groupId)) === 0);
    expect((await transport.lag(groupId, transport.topics.events)).map((p) => p.lag)).toEqual([0, 0, 0]);
  });
});

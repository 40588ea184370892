import { afterEach, describe, expect, it } from 'vitest';
import { createInProcessTransport } from './in-process-transport';
import type { ConsumedMessage, MessageTransport, OutgoingMessage } from './types';

const topics = { events: 'test.events', deadLetter: 'test.events.dlq' };
const fastRedelivery = { initialDelayMs: 20, maxDelayMs: 100 };

function message(key: string, value: string): OutgoingMessage {
  return { key, value, headers: { eventId: `${key}-${value}`, type: 'TestHappened', schemaVersion: '1' } };
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => {};
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('InProcessTransport', () => {
  let transport: MessageTransport;

  afterEach(async () => {
    await transport.stop();
  });

  async function started(options: { partitions?: number; maxBatchSize?: number } = {}) {
    transport = createInProcessTransport({ topics, redelivery: fastRedelivery, ...options });
    await transport.start();
    return transport;
  }

  async function totalLag(groupId: string): Promise<number> {
    return (await transport.lag(groupId, topics.events)).reduce((sum, p) => sum + p.lag, 0);
  }

  it('delivers each key in publish order, always from the same partition', async () => {
    await started({ partitions: 3, maxBatchSize: 4 });
    const received: ConsumedMessage[] = [];
    await transport.subscribe({ groupId: 'g', topic: topics.events, fromBeginning: true }, async (batch) => {
      received.push(...batch);
    });
    const keys = ['stream-a', 'stream-b', 'stream-c', 'stream-d', 'stream-e'];
    for (let round = 0; round < 10; round++) {
      await transport.publish(
        topics.events,
        keys.map((key) => message(key, String(round))),
      );
    }

    await until(() => received.length === 50);
    for (const key of keys) {
      const ofKey = received.filter((m) => m.key === key);
      expect(ofKey.map((m) => m.value)).toEqual(Array.from({ length: 10 }, (_, i) => String(i)));
      expect(new Set(ofKey.map((m) => m.partition)).size).toBe(1);
    }
    expect(received[0]?.headers).toEqual({ eventId: expect.any(String), type: 'TestHappened', schemaVersion: '1' });
  });

  it('never calls the handler inside publish', async () => {
    await started();
    let calls = 0;
    await transport.subscribe({ groupId: 'g', topic: topics.events, fromBeginning: true }, async () => {
      calls++;
    });
    const publishing = transport.publish(topics.events, [message('k', '1')]);
    expect(calls).toBe(0);
    await publishing;
    expect(calls).toBe(0);
    await until(() => calls === 1);
  });

  it('redelivers the same batch after a backoff when the handler throws', async () => {
    await started();
    const deliveries: Array<{ values: string[]; attempt: number; at: number }> = [];
    await transport.subscribe({ groupId: 'g', topic: topics.events, fromBeginning: true }, async (batch, control) => {
      deliveries.push({ values: batch.map((m) => m.value), attempt: control.attempt, at: Date.now() });
      if (control.attempt < 3) throw new Error('read model unavailable');
    });
    await transport.publish(topics.events, [message('k', '1'), message('k', '2')]);

    await until(() => deliveries.length === 3);
    expect(deliveries.map((d) => d.values)).toEqual([
      ['1', '2'],
      ['1', '2'],
      ['1', '2'],
    ]);
    expect(deliveries.map((d) => d.attempt)).toEqual([1, 2, 3]);
    const [first, second, third] = deliveries.map((d) => d.at);
    expect(second! - first!).toBeGreaterThanOrEqual(15);
    expect(third! - second!).toBeGreaterThanOrEqual(35);
    await until(async () => (await totalLag('g')) === 0);
  });

  it('commits offsets only after the handler resolves', async () => {
    await started({ partitions: 1 });
    const release = deferred();
    const seen: string[] = [];
    const first = await transport.subscribe({ groupId: 'g', topic: topics.events, fromBeginning: true }, async (batch) => {
      seen.push(...batch.map((m) => m.value));
      await release.promise;
    });
    await transport.publish(topics.events, [message('k', '1'), message('k', '2')]);
    await until(() => seen.length === 2);
    expect(await transport.lag('g', topics.events)).toEqual([{ partition: 0, lag: 2 }]);

    release.resolve();
    await first.stop();
    expect(await transport.lag('g', topics.events)).toEqual([{ partition: 0, lag: 0 }]);

    const later: string[] = [];
    await transport.subscribe({ groupId: 'g', topic: topics.events, fromBeginning: true }, async (batch) => {
      later.push(...batch.map((m) => m.value));
    });
    await transport.publish(topics.events, [message('k', '3')]);
    await until(() => later.length > 0);
    expect(later).toEqual(['3']);
  });

  it('redelivers to the next member what a failed handler left uncommitted', async () => {
    await started({ partitions: 1 });
    const failing = await transport.subscribe({ groupId: 'g', topic: topics.events, fromBeginning: true }, async () => {
      throw new Error('crashed before the read model commit');
    });
    await transport.publish(topics.events, [message('k', '1')]);
    await new Promise((resolve) => setTimeout(resolve, 30));
    await failing.stop();
    expect(await totalLag('g')).toBe(1);

    const seen: string[] = [];
    await transport.subscribe({ groupId: 'g', topic: topics.events, fromBeginning: true }, async (batch) => {
      seen.push(...batch.map((m) => m.value));
    });
    await until(() => seen.length === 1);
    expect(seen).toEqual(['1']);
  });

  it('reports lag per partition for a group, counting everything for a group that never committed', async () => {
    await started({ partitions: 2 });
    await transport.publish(
      topics.events,
      ['a', 'b', 'c', 'd', 'e', 'f'].map((key) => message(key, key)),
    );
    const lag = await transport.lag('nobody-yet', topics.events);
    expect(lag.map((p) => p.partition)).toEqual([0, 1]);
    expect(lag.reduce((sum, p) => sum + p.lag, 0)).toBe(6);

    let handled = 0;
    await transport.subscribe({ groupId: 'g', topic: topics.events, fromBeginning: true }, async (batch) => {
      handled += batch.length;
    });
    await until(() => handled === 6);
    await until(async () => (await totalLag('g')) === 0);
    expect((await transport.lag('g', topics.events)).map((p) => p.lag)).toEqual([0, 0]);
  });

  it('starts a new group at the end when fromBeginning is false', async () => {
    await started();
    await transport.publish(topics.events, [message('k', 'old')]);
    const seen: string[] = [];
    await transport.subscribe({ groupId: 'g', topic: topics.events, fromBeginning: false }, async (batch) => {
      seen.push(...batch.map((m) => m.value));
    });
    await transport.publish(topics.events, [message('k', 'new')]);
    await until(() => seen.length === 1);
    expect(seen).toEqual(['new']);
  });

  it('shares partitions between the members of a group and hands them over when one leaves', async () => {
    await started({ partitions: 4 });
    const byMember: Array<Set<number>> = [new Set(), new Set()];
    const subscribe = (member: 0 | 1) =>
      transport.subscribe({ groupId: 'g', topic: topics.events, fromBeginning: true }, async (batch) => {
        for (const m of batch) byMember[member]?.add(m.partition);
      });
    const first = await subscribe(0);
    await subscribe(1);
    const keys = Array.from({ length: 40 }, (_, i) => `stream-${i}`);
    await transport.publish(
      topics.events,
      keys.map((key) => message(key, '1')),
    );
    await until(() => byMember[0]!.size + byMember[1]!.size === 4);
    expect([...byMember[0]!].some((p) => byMember[1]!.has(p))).toBe(false);

    await first.stop();
    byMember[1]!.clear();
    await transport.publish(
      topics.events,
      keys.map((key) => message(key, '2')),
    );
    await until(() => byMember[1]!.size === 4);
  });

  it('refuses topics it does not have', async () => {
    await started();
    await expect(transport.publish('unknown.topic', [message('k', '1')])).rejects.toThrow(/unknown topic/);
  });
});

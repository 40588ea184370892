import { expect, it } from 'vitest';
import { EventStore } from '../event-store';
import { appendOf, countingDatabase, newEvent, outboxPositions, type ContractContext } from './fixture';

export function appendContract(ctx: () => ContractContext): void {
  it('appends events and reads them back with versions and global positions', async () => {
    const { store } = ctx();
    const first = newEvent({ causationId: 'command-1', data: { note: 'coffee', minutes: 30 } });
    const [ada, grace] = await store.append([
      { streamId: 'person-ada', expectedVersion: 'no_stream', events: [first, newEvent()] },
      appendOf('person-grace', 'no_stream'),
    ]);

    expect(ada?.nextExpectedVersion).toBe(2);
    expect(ada?.events.map((e) => e.streamVersion)).toEqual([1, 2]);
    expect(grace?.events.map((e) => e.streamVersion)).toEqual([1]);
    const positions = [...(ada?.events ?? []), ...(grace?.events ?? [])].map((e) => BigInt(e.globalPosition));
    expect(positions).toEqual([...positions].sort((a, b) => (a < b ? -1 : 1)));
    expect(new Set(positions).size).toBe(3);

    const read = await store.readStream('person-ada');
    expect(read).toEqual(ada?.events);
    expect(read[0]).toMatchObject({
      eventId: first.eventId,
      type: 'InteractionLogged',
      schemaVersion: 1,
      streamId: 'person-ada',
      occurredAt: '2026-03-01T09:30:00.000Z',
      causationId: 'command-1',
      data: { note: 'coffee', minutes: 30 },
    });
    expect(read[0]?.recordedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(read[0]?.globalPosition).toMatch(/^\d+$/);
  });

  it('continues a stream from the version the caller read', async () => {
    const { store } = ctx();
    await store.append([appendOf('person-ada', 0, 2)]);
    const [result] = await store.append([appendOf('person-ada', 2)]);
    expect(result?.events.map((e) => e.streamVersion)).toEqual([3]);
    await store.append([appendOf('person-ada', 'any', 2)]);
    expect((await store.streamVersions(['person-ada', 'person-nobody'])).get('person-ada')).toBe(5);
    expect((await store.streamVersions(['person-nobody'])).get('person-nobody')).toBe(0);
  });

  it('rejects a stale expected version and stores nothing', async () => {
    const { store, db } = ctx();
    await store.append([appendOf('person-ada', 'no_stream', 2)]);
    await expect(store.append([appendOf('person-ada', 1)])).rejects.toMatchObject({
      code: 'concurrency_conflict',
      streamId: 'person-ada',
      expected: 1,
      actual: 2,
    });
    expect(await store.count()).toBe(2);
    expect(await outboxPositions(db)).toHaveLength(2);
  });

  it('rejects no_stream when the stream already exists', async () => {
    const { store } = ctx();
    await store.append([appendOf('person-ada', 'no_stream')]);
    await expect(store.append([appendOf('person-ada', 'no_stream')])).rejects.toMatchObject({
      code: 'concurrency_conflict',
      expected: 'no_stream',
      actual: 1,
    });
    expect(await store.count()).toBe(1);
  });

  it('rolls back a multi-stream append entirely when one stream conflicts', async () => {
    const { store, db } = ctx();
    await store.append([appendOf('person-grace', 'no_stream')]);
    await expect(store.append([appendOf('person-ada', 'no_stream', 3), appendOf('person-grace', 'no_stream')])).rejects.toMatchObject({
      code: 'concurrency_conflict',
      streamId: 'person-grace',
    });
    expect(await store.readStream('person-ada')).toEqual([]);
    expect((await store.streamVersions(['person-ada'])).get('person-ada')).toBe(0);
    expect(await store.count()).toBe(1);
    expect(await outboxPositions(db)).toHaveLength(1);
  });

  it('leaves every stream as it was when a caller catches a conflict and commits anyway', async () => {
    const { store } = ctx();
    await store.append([appendOf('person-grace', 'no_stream', 2)]);
    await store.unitOfWork(async (uow) => {
      await expect(
        uow.append([appendOf('person-ada', 'no_stream', 3), appendOf('person-grace', 1), appendOf('person-alan', 'any')]),
      ).rejects.toMatchObject({ code: 'concurrency_conflict', streamId: 'person-grace', expected: 1, actual: 2 });
      const [grace] = await uow.append([appendOf('person-grace', 2)]);
      expect(grace?.events.map((e) => e.streamVersion)).toEqual([3]);
    });
    const versions = await store.streamVersions(['person-ada', 'person-grace', 'person-alan']);
    expect(Object.fromEntries(versions)).toEqual({ 'person-ada': 0, 'person-grace': 3, 'person-alan': 0 });
    expect(await store.count()).toBe(3);
  });

  it('returns what was stored: the append result equals the stream read back, data included', async () => {
    const { store } = ctx();
    const odd = newEvent({
      occurredAt: '2026-03-01T11:30:00.123456+02:00',
      data: { b: [1, { c: null }], a: 'x', note: 'é "q" \\ \u2028' },
    });
    const empty = newEvent({ data: null, causationId: 'cause' });
    const [result] = await store.append([{ streamId: 'person-ada', expectedVersion: 'no_stream', events: [odd, empty] }]);
    expect(result?.events[0]?.occurredAt).toBe('2026-03-01T09:30:00.123Z');
    expect(result?.events[1]?.data).toBeNull();
    expect(await store.readStream('person-ada')).toEqual(result?.events);
  });

  it('rolls back everything a unit of work appended when it throws', async () => {
    const { store } = ctx();
    await expect(
      store.unitOfWork(async (uow) => {
        await uow.append([appendOf('person-ada', 'no_stream')]);
        expect(await uow.readStream('person-ada')).toHaveLength(1);
        throw new Error('decider refused');
      }),
    ).rejects.toThrow('decider refused');
    expect(await store.count()).toBe(0);
  });

  it('refuses an event id that is already stored', async () => {
    const { store } = ctx();
    const event = newEvent();
    await store.append([{ streamId: 'person-ada', expectedVersion: 'any', events: [event] }]);
    await expect(store.append([{ streamId: 'person-grace', expectedVersion: 'any', events: [event] }])).rejects.toMatchObject({
      code: 'duplicate_event',
    });
    expect(await store.count()).toBe(1);
  });

  it('appends a batch of 1000 events to 1000 streams with two statements', async () => {
    const { db } = ctx();
    const counting = countingDatabase(db);
    const store = new EventStore(counting.db);
    const appends = Array.from({ length: 1000 }, (_, i) => appendOf(`interaction-${i}`, 'no_stream'));
    const results = await store.append(appends);

    expect(counting.statements()).toBe(2); // claim and advance streams, insert events + the outbox row
    expect(await store.count()).toBe(1000);
    expect(await outboxPositions(db)).toHaveLength(1000);
    const positions = results.map((r) => BigInt(r.events[0]?.globalPosition ?? -1));
    expect(positions.every((p, i) => i === 0 || p > (positions[i - 1] ?? 0n))).toBe(true);
  });

  it('lets exactly one of concurrent appends with the same expected version win', async () => {
    const { store } = ctx();
    const outcomes = await Promise.allSettled(Array.from({ length: 10 }, () => store.append([appendOf('person-ada', 'no_stream')])));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const rejected = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(rejected.map((o) => (o.reason as { code: string }).code)).toEqual(Array(9).fill('concurrency_conflict'));
    expect(await store.count()).toBe(1);
  });

  it('gives a stream increasing positions under concurrent appends, without deadlocks', async () => {
    const { store } = ctx();
    // Overlapping multi-stream appends listed in opposite orders would deadlock without a fixed lock order.
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => {
        const pair = [appendOf('person-ada', 'any'), appendOf('person-grace', 'any')];
        return store.append(i % 2 === 0 ? pair : pair.reverse());
      }),
    );
    for (const streamId of ['person-ada', 'person-grace']) {
      const events = await store.readStream(streamId);
      expect(events.map((e) => e.streamVersion)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      const positions = events.map((e) => BigInt(e.globalPosition));
      expect(positions.every((p, i) => i === 0 || p > (positions[i - 1] ?? 0n))).toBe(true);
    }
  });

  it('pages through the log by position, filtered by type and stream', async () => {
    const { store } = ctx();
    await store.append([appendOf('person-ada', 'no_stream', 3)]);
    await store.append([{ streamId: 'person-grace', expectedVersion: 'no_stream', events: [newEvent({ type: 'HelpGiven' })] }]);
    await store.append([appendOf('person-ada', 3)]);

    const firstPage = await store.readAll({ limit: 2 });
    const secondPage = await store.readAll({ limit: 2, afterPosition: firstPage.at(-1)?.globalPosition });
    const thirdPage = await store.readAll({ limit: 2, afterPosition: secondPage.at(-1)?.globalPosition });
    expect([...firstPage, ...secondPage, ...thirdPage].map((e) => `${e.streamId}@${e.streamVersion}`)).toEqual([
      'person-ada@1',
      'person-ada@2',
      'person-ada@3',
      'person-grace@1',
      'person-ada@4',
    ]);
    expect((await store.readAll({ limit: 10, types: ['HelpGiven'] })).map((e) => e.streamId)).toEqual(['person-grace']);
    expect(await store.readAll({ limit: 10, streamId: 'person-ada', afterPosition: thirdPage[0]?.globalPosition })).toEqual([]);
    expect(await store.readAll({ limit: 10, streamId: 'person-ada' })).toHaveLength(4);
    const newest = await store.readAll({ limit: 2, order: 'desc' });
    const older = await store.readAll({ limit: 2, order: 'desc', beforePosition: newest.at(-1)?.globalPosition });
    expect([...newest, ...older].map((e) => `${e.streamId}@${e.streamVersion}`)).toEqual([
      'person-ada@4',
      'person-grace@1',
      'person-ada@3',
      'person-ada@2',
    ]);
    expect(
      (await store.readAll({ limit: 10, afterPosition: firstPage[0]?.globalPosition, beforePosition: thirdPage[0]?.globalPosition })).map(
        (e) => e.globalPosition,
      ),
    ).toEqual([firstPage[1], ...secondPage].map((e) => e?.globalPosition));
    expect(await store.head()).toBe(thirdPage[0]?.globalPosition);
    expect(await store.count()).toBe(5);
  });

  it('reports head 0 and count 0 for an empty store', async () => {
    const { store } = ctx();
    expect(await store.head()).toBe('0');
    expect(await store.count()).toBe(0);
  });
}

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventStore, migrate, openPglite, type Database } from '@rapport/event-store';
import { indexesBuiltAfterFill, migrateReadModels } from '@rapport/read-models';
import { replayLog, withIndexesBuiltAfterFill } from './replay-log';

let db: Database;
let store: EventStore;

const indexesPresent = async () =>
  (
    await db.query<{ name: string }>(
      `SELECT indexname AS name FROM pg_indexes WHERE schemaname = 'public' AND indexname = ANY($1::text[])`,
      [`{${indexesBuiltAfterFill.join(',')}}`],
    )
  ).rows
    .map((r) => r.name)
    .sort();

beforeAll(async () => {
  db = await openPglite();
  await migrate(db);
  await migrateReadModels(db);
  store = new EventStore(db);
  for (let i = 0; i < 10; i++) {
    await store.append([
      {
        streamId: `person-${randomUUID()}`,
        expectedVersion: 'no_stream',
        events: [
          {
            eventId: randomUUID(),
            type: 'Noted',
            schemaVersion: 1,
            occurredAt: new Date(Date.UTC(2026, 0, 5 + i)).toISOString(),
            actorId: 'test',
            correlationId: randomUUID(),
            causationId: null,
            data: { i },
          },
        ],
      },
    ]);
  }
});
afterAll(() => db.close());

describe('replaying the log', () => {
  it('projects every page in global order, each once, and counts what it read', async () => {
    const seen: number[] = [];
    const progress: number[] = [];
    const processed = await replayLog({
      db,
      store,
      pageSize: 3,
      project: async (page) => {
        seen.push(...page.map((e) => (e.data as { i: number }).i));
      },
      onPage: (n) => {
        progress.push(n);
      },
    });
    expect(processed).toBe(10);
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(progress).toEqual([3, 6, 9, 10]);
  });

  it('stops when asked before a page', async () => {
    let pages = 0;
    const stopping = replayLog({
      db,
      store,
      pageSize: 4,
      beforePage: () => {
        if (pages === 2) throw new Error('stopped');
      },
      project: async () => {
        pages++;
      },
    });
    await expect(stopping).rejects.toThrow('stopped');
    expect(pages).toBe(2);
  });

  it('projects two pages at once when asked, each once, reporting a rising count', async () => {
    let inFlight = 0;
    let most = 0;
    const seen: number[] = [];
    const progress: number[] = [];
    const processed = await replayLog({
      db,
      store,
      pageSize: 2,
      pagesAtOnce: 2,
      project: async (page) => {
        most = Math.max(most, ++inFlight);
        // The first page of each pair finishes last.
        await new Promise((resolve) => setTimeout(resolve, (page[0]!.data as { i: number }).i % 4 === 0 ? 20 : 1));
        seen.push(...page.map((e) => (e.data as { i: number }).i));
        inFlight--;
      },
      onPage: (n) => {
        progress.push(n);
      },
    });
    expect(processed).toBe(10);
    expect(most).toBe(2);
    expect([...seen].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(seen).not.toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(progress).toEqual([2, 4, 6, 8, 10]);
  });

  it('projects again a page whose transaction was aborted to break a deadlock, and stops at any other failure once the pages in flight are done', async () => {
    const tries = new Map<number, number>();
    const processed = await replayLog({
      db,
      store,
      pageSize: 5,
      pagesAtOnce: 2,
      project: async (page) => {
        const first = (page[0]!.data as { i: number }).i;
        tries.set(first, (tries.get(first) ?? 0) + 1);
        if (first === 5 && tries.get(first) === 1) throw Object.assign(new Error('deadlock detected'), { code: '40P01' });
      },
    });
    expect(processed).toBe(10);
    expect(Object.fromEntries(tries)).toEqual({ 0: 1, 5: 2 });

    const finished: number[] = [];
    const failing = replayLog({
      db,
      store,
      pageSize: 2,
      pagesAtOnce: 2,
      project: async (page) => {
        const first = (page[0]!.data as { i: number }).i;
        if (first === 2) throw new Error('the page failed');
        await new Promise((resolve) => setTimeout(resolve, 10));
        finished.push(first);
      },
    });
    await expect(failing).rejects.toThrow('the page failed');
    // Pages are awaited in order: the failure is seen once the page before it is done; the page begun
    // meanwhile finishes, and none begins after.
    expect(finished).toEqual([0, 4]);
  });

  it('fills without the indexes only queries read and builds them again afterwards, even when the fill fails', async () => {
    const all = [...indexesBuiltAfterFill].sort();
    expect(await indexesPresent()).toEqual(all);
    expect(await withIndexesBuiltAfterFill(db, 'public', async () => indexesPresent())).toEqual([]);
    expect(await indexesPresent()).toEqual(all);
    await expect(
      withIndexesBuiltAfterFill(db, 'public', async () => {
        throw new Error('the fill failed');
      }),
    ).rejects.toThrow('the fill failed');
    expect(await indexesPresent()).toEqual(all);
  });

  it('runs what a fill leaves to its end once the fill is done, beside the index builds, and not when the fill fails', async () => {
    const steps: string[] = [];
    const after = async () => {
      steps.push('after fill');
    };
    await withIndexesBuiltAfterFill(db, 'public', async () => steps.push('fill'), after);
    expect(steps).toEqual(['fill', 'after fill']);
    await expect(
      withIndexesBuiltAfterFill(
        db,
        'public',
        async () => {
          throw new Error('the fill failed');
        },
        after,
      ),
    ).rejects.toThrow('the fill failed');
    expect(steps).toEqual(['fill', 'after fill']);
    expect(await indexesPresent()).toEqual([...indexesBuiltAfterFill].sort());
  });
});

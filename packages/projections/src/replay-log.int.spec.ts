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
});

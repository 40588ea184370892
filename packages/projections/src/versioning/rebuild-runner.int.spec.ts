import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personStream, type RebuildView } from '@rapport/contracts';
import { defaultStrengthParameters } from '@rapport/domain';
import { EventStore, migrate, openPostgres, type Database, type NewEvent } from '@rapport/event-store';
import { latestRebuild, liveProjectionVersion, migrateReadModels, PROJECTION_VERSION, requestRebuild } from '@rapport/read-models';
import { createTestDatabase, type TestDatabase } from '@rapport/test-support';
import { startRebuildRunner } from './rebuild-runner';

let database: TestDatabase;
let db: Database;
let store: EventStore;

const registration = (i: number): NewEvent => {
  const personId = randomUUID();
  return {
    eventId: randomUUID(),
    type: 'PersonRegistered',
    schemaVersion: 1,
    occurredAt: '2026-01-01T00:00:00Z',
    actorId: 'test',
    correlationId: 'c',
    causationId: null,
    data: {
      personId,
      displayName: `P${i}`,
      email: `p${i}@example.com`,
      department: 'D',
      function: 'F',
      location: 'L',
      seniority: 1,
      expertise: [],
    },
  };
};

beforeAll(async () => {
  database = await createTestDatabase('rapport_rebuild_runner');
  db = openPostgres(database.url);
  await migrate(db);
  await migrateReadModels(db);
  store = new EventStore(db);
  const events = Array.from({ length: 400 }, (_, i) => registration(i));
  await store.append(
    events.map((e) => ({
      streamId: personStream((e.data as { personId: string }).personId),
      expectedVersion: 'no_stream' as const,
      events: [e],
    })),
  );
});
afterAll(async () => {
  await db?.close();
  await database?.drop();
});

describe('rebuild runner (PostgreSQL)', () => {
  it('carries out a requested rebuild, with its progress visible while it runs', async () => {
    const { rebuild, created } = await requestRebuild(db, 'test', PROJECTION_VERSION);
    expect(created).toBe(true);
    expect((await requestRebuild(db, 'again', PROJECTION_VERSION)).rebuild.rebuildId).toBe(rebuild.rebuildId);
    const runner = startRebuildRunner({ db, store, strength: defaultStrengthParameters, pollMs: 3_600_000, pageSize: 10 });
    const seen: RebuildView[] = [];
    let done = false;
    const watching = (async () => {
      while (!done) {
        const r = await latestRebuild(db);
        if (r) seen.push(r);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    await runner.runPending();
    done = true;
    await watching;
    await runner.stop();
    const running = seen.filter((r) => r.state === 'running' && r.percent > 0 && r.percent < 100);
    expect(running.length).toBeGreaterThan(0);
    expect(await latestRebuild(db)).toMatchObject({
      rebuildId: rebuild.rebuildId,
      state: 'switched',
      percent: 100,
      processed: 400,
      total: 400,
    });
    const { rows } = await db.query<{ n: string }>('SELECT count(*) AS n FROM rm_people');
    expect(Number(rows[0]!.n)).toBe(400);
  });

  it('rebuilds on its own when the live read models were built by an older projection version', async () => {
    await db.query('UPDATE projection_generation SET version = 1');
    const runner = startRebuildRunner({ db, store, strength: defaultStrengthParameters, pollMs: 3_600_000 });
    await runner.runPending();
    await runner.stop();
    expect(await liveProjectionVersion(db)).toBe(PROJECTION_VERSION);
    expect(await latestRebuild(db)).toMatchObject({ state: 'switched', reason: `projection version 1 → ${PROJECTION_VERSION}` });
  });
});

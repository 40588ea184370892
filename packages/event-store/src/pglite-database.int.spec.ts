import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventStore } from './event-store';
import { migrate } from './migrate';
import { openPglite } from './pglite-database';
import type { Database } from './types';

describe('PGlite database', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openPglite();
    await db.exec('CREATE TABLE counter (n integer NOT NULL); INSERT INTO counter VALUES (0);');
  });
  afterAll(() => db.close());

  it('runs concurrent transactions one after another, with queries waiting for them', async () => {
    const increments = Array.from({ length: 10 }, () =>
      db.transaction(async (tx) => {
        const { rows } = await tx.query<{ n: number }>('SELECT n FROM counter');
        await new Promise((resolve) => setTimeout(resolve, 2));
        await tx.query('UPDATE counter SET n = $1', [(rows[0]?.n ?? 0) + 1]);
      }),
    );
    const readDuring = db.query<{ n: number }>('SELECT n FROM counter');
    await Promise.all(increments);
    expect((await db.query<{ n: number }>('SELECT n FROM counter')).rows[0]?.n).toBe(10);
    expect([0, 1, 10]).toContain((await readDuring).rows[0]?.n);
  });

  it('refuses direct use of the database inside its own transaction instead of hanging', async () => {
    await expect(db.transaction(() => db.query('SELECT 1'))).rejects.toThrow('use the transaction handle');
    expect((await db.query('SELECT 1 AS ok')).rows).toEqual([{ ok: 1 }]);
  });

  it('returns bigint values as exact decimal strings', async () => {
    const { rows } = await db.query<{ big: string }>('SELECT 9007199254740993::bigint AS big');
    expect(rows[0]?.big).toBe('9007199254740993');
  });

  it('rolls back a transaction whose function throws', async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.query('UPDATE counter SET n = -1');
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect((await db.query<{ n: number }>('SELECT n FROM counter')).rows[0]?.n).not.toBe(-1);
  });

  it('keeps events in its data folder across a restart', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'rapport-pglite-'));
    try {
      const first = await openPglite(dataDir);
      await migrate(first);
      const event = { eventId: crypto.randomUUID(), type: 'PersonRegistered', schemaVersion: 1 };
      const envelope = { ...event, occurredAt: '2026-03-01T09:30:00Z', actorId: 'admin', correlationId: 'c-1' };
      await new EventStore(first).append([
        { streamId: 'person-ada', expectedVersion: 'no_stream', events: [{ ...envelope, causationId: null, data: {} }] },
      ]);
      await first.close();

      const reopened = await openPglite(dataDir);
      expect(await migrate(reopened)).toEqual([]);
      expect((await new EventStore(reopened).readStream('person-ada')).map((e) => e.eventId)).toEqual([event.eventId]);
      await reopened.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it("gives a failed statement's error PostgreSQL's code and constraint, and stores nothing when COMMIT fails", async () => {
    await db.exec('CREATE TABLE badge (id integer CONSTRAINT badge_once UNIQUE DEFERRABLE INITIALLY DEFERRED)');
    await db.query('INSERT INTO badge VALUES (1)');
    const atCommit = db.transaction(async (tx) => {
      await tx.query('INSERT INTO badge VALUES (2)');
      await tx.query('INSERT INTO badge VALUES (1)');
    });
    await expect(atCommit).rejects.toMatchObject({ code: '23505', constraint: 'badge_once' });
    expect((await db.query<{ id: number }>('SELECT id FROM badge ORDER BY id')).rows).toEqual([{ id: 1 }]);
  });

  it('leaves the process free while PostgreSQL works: it runs on a thread of its own', async () => {
    let longestPause = 0;
    let last = performance.now();
    const ticks = setInterval(() => {
      longestPause = Math.max(longestPause, performance.now() - last);
      last = performance.now();
    }, 5);
    const started = performance.now();
    await db.query('SELECT count(*) FROM generate_series(1, 2000000) AS n WHERE n % 7 = 3');
    const took = performance.now() - started;
    clearInterval(ticks);
    longestPause = Math.max(longestPause, performance.now() - last);
    expect(took).toBeGreaterThan(300);
    expect(longestPause).toBeLessThan(took / 3);
  });
});

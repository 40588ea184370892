import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@rapport/test-support';
import { openPostgres } from './postgres-database';
import type { Database } from './types';

let database: TestDatabase;
let db: Database;
beforeAll(async () => {
  database = await createTestDatabase('prepared_statements');
  db = openPostgres(database.url, { max: 1 }); // one connection: what it prepared is what the session shows
});
afterAll(async () => {
  await db.close();
  await database.drop();
});

const prepared = async (text: string) =>
  (await db.query<{ n: string }>('SELECT count(*)::text AS n FROM pg_prepared_statements WHERE statement = $1', [text])).rows[0]!.n;

describe('statements on PostgreSQL', () => {
  it('are prepared on the connection from the third time they run, and answer the same', async () => {
    const text = 'SELECT $1::int + 1 AS next';
    const answers = [];
    for (let i = 0; i < 2; i++) answers.push((await db.query<{ next: number }>(text, [i])).rows[0]!.next);
    expect(await prepared(text)).toBe('0');
    for (let i = 2; i < 5; i++) answers.push((await db.query<{ next: number }>(text, [i])).rows[0]!.next);
    expect(await prepared(text)).toBe('1');
    expect(answers).toEqual([1, 2, 3, 4, 5]);
  });

  it('are never prepared beyond a bounded number of texts (texts built per call stay unprepared)', async () => {
    for (let k = 0; k < 400; k++) for (let i = 0; i < 3; i++) await db.query(`SELECT ${k} + $1::int AS x`, [i]);
    const { rows } = await db.query<{ n: string }>(`SELECT count(*)::text AS n FROM pg_prepared_statements`);
    expect(Number(rows[0]!.n)).toBeLessThanOrEqual(256);
    expect(await prepared('SELECT 399 + $1::int AS x')).toBe('0');
  });

  it('run with JIT compilation off on every connection, in and out of transactions', async () => {
    const several = openPostgres(database.url, { max: 3 });
    try {
      const settings = await Promise.all(
        Array.from({ length: 3 }, () => several.query<{ jit: string }>('SHOW jit').then((r) => r.rows[0]!.jit)),
      );
      expect(settings).toEqual(['off', 'off', 'off']);
      expect(await several.transaction(async (tx) => (await tx.query<{ jit: string }>('SHOW jit')).rows[0]!.jit)).toBe('off');
    } finally {
      await several.close();
    }
  });
});

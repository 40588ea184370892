import { afterAll, describe, expect, it } from 'vitest';
import { defaultStrengthParameters } from '@rapport/domain';
import { migrate, openPglite, openPostgres, type Database } from '@rapport/event-store';
import { personKeyMigrations } from '@rapport/personal-data';
import { createTestDatabase, type TestDatabase } from '@rapport/test-support';
import { migrateReadModels } from './migrate-read-models';
import { projectEvents } from './project-events';
import { call, registration } from './property/test-events';
import { refreshReadModelStatistics } from './statistics';

const people = Array.from({ length: 40 }, (_, i) => `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`);
const at = (day: number) => new Date(Date.UTC(2026, 0, 5 + day, 9)).toISOString();

const databases: Array<{ db: Database; drop?: TestDatabase }> = [];
afterAll(async () => {
  for (const { db, drop } of databases) {
    await db.close();
    await drop?.drop();
  }
});

async function opened(engine: 'postgres' | 'pglite'): Promise<Database> {
  const drop = engine === 'postgres' ? await createTestDatabase('rapport_statistics') : undefined;
  const db = drop ? openPostgres(drop.url) : await openPglite();
  databases.push({ db, drop });
  await migrate(db);
  await migrate(db, personKeyMigrations, { namespace: 'personal-data' });
  await migrateReadModels(db);
  return db;
}

/** The counters the server keeps are flushed at most once a second; this makes them current. */
const flushed = (db: Database) => db.query('SELECT pg_stat_force_next_flush()');
const analysed = async (db: Database) =>
  (await db.query<{ name: string }>(`SELECT relname AS name FROM pg_stat_user_tables WHERE last_analyze IS NOT NULL ORDER BY 1`)).rows.map(
    (r) => r.name,
  );

describe.each(['postgres', 'pglite'] as const)('statistics of the read models (%s)', (engine) => {
  it('are gathered for tables that have rows and none, then only again after a tenth of their rows changed', async () => {
    const db = await opened(engine);
    expect(await refreshReadModelStatistics(db)).toEqual([]);

    const registrations = people.map((id, i) => registration(i + 1, id, at(-1), { displayName: `P${i}`, department: 'Sales' }));
    const calls = Array.from({ length: 200 }, (_, i) => call(100 + i, people[i % 40]!, people[(i * 7 + 1) % 40]!, at(i % 30)));
    await db.transaction((tx) => projectEvents(tx, [...registrations, ...calls], defaultStrengthParameters));
    await flushed(db);
    const first = await refreshReadModelStatistics(db);
    expect(first).toEqual(expect.arrayContaining(['rm_people', 'rm_pair_contributions', 'rm_pair_summaries', 'rm_processed_events']));
    expect(await analysed(db)).toEqual(expect.arrayContaining(first));

    await flushed(db);
    expect(await refreshReadModelStatistics(db)).toEqual([]);
    const more = Array.from({ length: 400 }, (_, i) => call(1000 + i, people[i % 40]!, people[(i * 3 + 2) % 40]!, at(i % 30)));
    await db.transaction((tx) => projectEvents(tx, more, defaultStrengthParameters));
    await flushed(db);
    expect(await refreshReadModelStatistics(db)).toEqual(expect.arrayContaining(['rm_pair_contributions', 'rm_processed_events']));
  });
});

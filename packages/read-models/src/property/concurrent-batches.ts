import { afterAll, beforeAll } from 'vitest';
import { defaultStrengthParameters } from '@rapport/domain';
import type { RapportEvent } from '@rapport/contracts';
import { migrate, openPostgres, type Database } from '@rapport/event-store';
import { personKeyMigrations } from '@rapport/personal-data';
import { createTestDatabase, waitFor, type TestDatabase } from '@rapport/test-support';
import { migrateReadModels } from '../migrate-read-models';
import { projectEvents } from '../project-events';

/**
 * A PostgreSQL database for a test file (PGlite is one connection: no two transactions
 * at once), migrated as production migrates it; handed to `use` before the tests, dropped after.
 */
export function withPostgresReadModels(prefix: string, use: (db: Database) => void): void {
  let database: TestDatabase | undefined;
  let db: Database | undefined;
  beforeAll(async () => {
    database = await createTestDatabase(prefix);
    db = openPostgres(database.url, { max: 3 });
    await migrate(db);
    await migrate(db, personKeyMigrations, { namespace: 'personal-data' });
    await migrateReadModels(db);
    use(db);
  });
  afterAll(async () => {
    await db?.close();
    await database?.drop();
  });
}

/**
 * Projects `first` in a transaction and holds it open; projects `second` in another,
 * waits until it is blocked on a lock the first holds (or has finished: it met none),
 * then commits the first and lets the second finish: the interleaving in which the
 * second batch's statements began before the first batch's changes were visible.
 */
export async function secondBeginsBeforeFirstCommits(
  db: Database,
  first: readonly RapportEvent[],
  second: readonly RapportEvent[],
): Promise<void> {
  let commitFirst!: () => void;
  const held = new Promise<void>((resolve) => (commitFirst = resolve));
  let firstWritten!: () => void;
  const written = new Promise<void>((resolve) => (firstWritten = resolve));
  const firstDone = db.transaction(async (tx) => {
    await projectEvents(tx, first, defaultStrengthParameters);
    firstWritten();
    await held;
  });
  await written;
  let secondSettled = false;
  const secondDone = db.transaction((tx) => projectEvents(tx, second, defaultStrengthParameters)).finally(() => (secondSettled = true));
  secondDone.catch(() => {}); // awaited below
  await waitFor(
    async () =>
      secondSettled ||
      (
        await db.query<{ n: string }>(
          `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        )
      ).rows[0]!.n === '1',
    'the second batch waiting for a lock the first holds, or done',
    10_000,
  );
  commitFirst();
  await Promise.all([firstDone, secondDone]);
}

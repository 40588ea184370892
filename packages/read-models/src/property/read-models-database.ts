import { afterAll, beforeAll } from 'vitest';
import { migrate, openPglite, type Database } from '@rapport/event-store';
import { personKeyMigrations } from '@rapport/personal-data';
import { migrateReadModels } from '../migrate-read-models';

/**
 * One PGlite database for a test file, with the event store's, the key table's and the
 * read models' tables, as production migrates them (queries leave out the erased people
 * the key table names): opened and migrated before its tests (handed to `use`), closed after them.
 */
export function withReadModelsDatabase(use: (db: Database) => void): void {
  let db: Database | undefined;
  beforeAll(async () => {
    db = await openPglite();
    await migrate(db);
    await migrate(db, personKeyMigrations, { namespace: 'personal-data' });
    await migrateReadModels(db);
    use(db);
  });
  afterAll(() => db?.close());
}

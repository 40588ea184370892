import { afterAll, beforeAll } from 'vitest';
import { migrate, openPglite, type Database } from '@rapport/event-store';
import { migrateReadModels } from '../migrate-read-models';

/**
 * One PGlite database for a test file, with the event store's and the read models'
 * tables: opened and migrated before its tests (handed to `use`), closed after them.
 */
export function withReadModelsDatabase(use: (db: Database) => void): void {
  let db: Database | undefined;
  beforeAll(async () => {
    db = await openPglite();
    await migrate(db);
    await migrateReadModels(db);
    use(db);
  });
  afterAll(() => db?.close());
}

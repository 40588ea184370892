import { migrate, type Database } from '@rapport/event-store';
import { readModelMigrations } from './schema';

/** Creates or upgrades the read-model tables (namespace `read-models`). */
export function migrateReadModels(db: Database): Promise<string[]> {
  return migrate(db, readModelMigrations, { namespace: 'read-models' });
}

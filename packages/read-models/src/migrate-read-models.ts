import { migrate, type Database } from '@rapport/event-store';
import { readModelMigrations } from './schema';
import { PROJECTION_VERSION } from './projections-control/projection-version';

/** Creates or upgrades the read-model tables (namespace `read-models`). */
export async function migrateReadModels(db: Database): Promise<string[]> {
  const applied = await migrate(db, readModelMigrations, { namespace: 'read-models' });
  // Read models that hold nothing yet are valid for any projection version: no rebuild needed.
  await db.query(
    `UPDATE projection_generation SET version = $1, switched_at = now()
      WHERE version < $1 AND NOT EXISTS (SELECT 1 FROM rm_processed_events)`,
    [PROJECTION_VERSION],
  );
  return applied;
}

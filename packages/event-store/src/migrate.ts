import { advisoryLocks } from './advisory-locks';
import { eventStoreMigrations } from './migrations';
import type { Database, Migration } from './types';

export type { Migration } from './types';

export interface MigrateOptions {
  /** Who owns the migrations (`event-store`, a read model's name): ids only need to be unique within it. */
  readonly namespace: string;
}

const createLedger = `
  CREATE TABLE IF NOT EXISTS schema_migrations (
    namespace text NOT NULL,
    id text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (namespace, id)
  )`;

/** Applies the event store's own migrations. */
export function migrate(db: Database): Promise<string[]>;
/** Applies the given migrations, in order, under a namespace. Returns the ids applied by this call. */
export function migrate(db: Database, migrations: readonly Migration[], options: MigrateOptions): Promise<string[]>;
export async function migrate(
  db: Database,
  migrations: readonly Migration[] = eventStoreMigrations,
  options: MigrateOptions = { namespace: 'event-store' },
): Promise<string[]> {
  assertWellFormed(migrations);
  const { namespace } = options;

  // Every step holds the same advisory lock, so processes starting together queue up
  // instead of racing on CREATE TABLE or applying a migration twice.
  const alreadyApplied = await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [advisoryLocks.migrations]);
    await tx.exec(createLedger);
    const { rows } = await tx.query<{ id: string }>('SELECT id FROM schema_migrations WHERE namespace = $1', [namespace]);
    return new Set(rows.map((row) => row.id));
  });

  const applied: string[] = [];
  for (const migration of migrations) {
    if (alreadyApplied.has(migration.id)) continue;
    const didApply = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [advisoryLocks.migrations]);
      const { rows } = await tx.query('SELECT 1 FROM schema_migrations WHERE namespace = $1 AND id = $2', [namespace, migration.id]);
      if (rows.length > 0) return false; // another process applied it while we waited for the lock
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (namespace, id) VALUES ($1, $2)', [namespace, migration.id]);
      return true;
    });
    if (didApply) applied.push(migration.id);
  }
  return applied;
}

function assertWellFormed(migrations: readonly Migration[]): void {
  const seen = new Set<string>();
  for (const { id } of migrations) {
    if (id.trim() === '') throw new Error('a migration needs a non-empty id');
    if (seen.has(id)) throw new Error(`migration id ${id} appears twice`);
    seen.add(id);
  }
}

import type { Database, SqlExecutor } from '@rapport/event-store';
import { readModelMigrations } from '@rapport/read-models';

/** Where a rebuild builds its read models, beside the live ones in `public`. */
export const SHADOW_SCHEMA = 'rm_rebuild';
const RETIRED_SCHEMA = 'rm_retired';

/** Inside a transaction: unqualified table names now mean the shadow tables. */
export const useShadow = (tx: SqlExecutor) => tx.query(`SET LOCAL search_path TO ${SHADOW_SCHEMA}, public`);

/**
 * A fresh, empty copy of every read-model table in the shadow schema, made by
 * replaying the read-model migrations there: same columns, indexes and names.
 */
export async function createShadow(db: Database): Promise<void> {
  await db.exec(`DROP SCHEMA IF EXISTS ${SHADOW_SCHEMA} CASCADE; CREATE SCHEMA ${SHADOW_SCHEMA};`);
  await db.transaction(async (tx) => {
    await useShadow(tx);
    for (const migration of readModelMigrations) await tx.exec(migration.sql);
  });
}

/**
 * Swaps the shadow read models in, inside the caller's transaction: every `rm_*`
 * table and view moves from public to a retired schema and its shadow twin into
 * public (a view keeps reading the tables it was made on, wherever they move).
 * Queries see either the old read models or the new ones, never a mix.
 */
export async function swapShadowIn(tx: SqlExecutor): Promise<string[]> {
  const { rows } = await tx.query<{ name: string; kind: 'TABLE' | 'VIEW' }>(
    `SELECT tablename AS name, 'TABLE' AS kind FROM pg_tables WHERE schemaname = $1 AND tablename LIKE 'rm\\_%'
     UNION ALL
     SELECT viewname, 'VIEW' FROM pg_views WHERE schemaname = $1 AND viewname LIKE 'rm\\_%'
     ORDER BY 1`,
    [SHADOW_SCHEMA],
  );
  await tx.exec(`DROP SCHEMA IF EXISTS ${RETIRED_SCHEMA} CASCADE; CREATE SCHEMA ${RETIRED_SCHEMA};`);
  for (const { name, kind } of rows) {
    await tx.exec(
      `ALTER ${kind} IF EXISTS public.${name} SET SCHEMA ${RETIRED_SCHEMA}; ALTER ${kind} ${SHADOW_SCHEMA}.${name} SET SCHEMA public;`,
    );
  }
  return rows.map((r) => r.name);
}

export async function dropShadowAndRetired(db: Database): Promise<void> {
  await db.exec(`DROP SCHEMA IF EXISTS ${RETIRED_SCHEMA} CASCADE; DROP SCHEMA IF EXISTS ${SHADOW_SCHEMA} CASCADE;`);
}

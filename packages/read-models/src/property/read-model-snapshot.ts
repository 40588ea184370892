import type { SqlExecutor } from '@rapport/event-store';

/** Columns that record when a row was written, not what it says. */
const bookkeeping = new Set(['processed_at']);

/** Every live read-model table's rows, in a stable order, for comparing two builds. */
export async function readModelSnapshot(db: SqlExecutor): Promise<Record<string, string[]>> {
  const { rows: tables } = await db.query<{ tablename: string }>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE 'rm\\_%' ORDER BY tablename`,
  );
  const snapshot: Record<string, string[]> = {};
  for (const { tablename } of tables) {
    const { rows } = await db.query(`SELECT * FROM ${tablename}`);
    snapshot[tablename] = rows
      .map((row) => JSON.stringify(Object.fromEntries(Object.entries(row).filter(([column]) => !bookkeeping.has(column)))))
      .sort();
  }
  return snapshot;
}

export async function emptyReadModels(db: SqlExecutor): Promise<void> {
  const { rows } = await db.query<{ tablename: string }>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE 'rm\\_%'`,
  );
  await db.query(`TRUNCATE ${rows.map((r) => r.tablename).join(', ')}`);
}

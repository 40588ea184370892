import type { SqlExecutor } from '@rapport/event-store';
import { pairSumsTables } from '../pairs/pair-sums.schema';
import { snapshotTables } from '../snapshots/person-snapshots.schema';

/** Columns that record when a row was written, not what it says. */
const bookkeeping = new Set(['processed_at']);

/** Every live read-model table's rows, in a stable order, for comparing two builds. */
export async function readModelSnapshot(db: SqlExecutor): Promise<Record<string, string[]>> {
  const { rows: tables } = await db.query<{ tablename: string }>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE 'rm\\_%' ORDER BY tablename`,
  );
  const snapshot: Record<string, string[]> = {};
  for (const { tablename } of tables) {
    // Caches of computed figures depend on what was asked and when, not only on the events.
    if ((snapshotTables as readonly string[]).includes(tablename)) continue;
    const { rows } = await db.query(`SELECT * FROM ${tablename}`);
    // Pair sums are added in arrival order: their floats are compared at single precision (as the checksum does).
    const summed = (pairSumsTables as readonly string[]).includes(tablename);
    const value = (v: unknown) => (summed && typeof v === 'number' && !Number.isInteger(v) ? Math.fround(v) : v);
    snapshot[tablename] = rows
      .map((row) =>
        JSON.stringify(
          Object.fromEntries(
            Object.entries(row)
              .filter(([column]) => !bookkeeping.has(column))
              .map(([c, v]) => [c, value(v)]),
          ),
        ),
      )
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

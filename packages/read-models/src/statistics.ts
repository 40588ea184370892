import type { SqlExecutor } from '@rapport/event-store';
import { readModelTables } from './schema';

/**
 * Gathers the planner's statistics (ANALYZE) for every read-model table in `schema` that
 * has rows and none yet, or whose rows changed by more than a tenth since they were
 * gathered (autovacuum's own default rule). Rapport does this itself because it cannot
 * count on autovacuum: the embedded engine has none, and a server may run without it.
 * Without statistics PostgreSQL plans a person's answer for a table it believes empty;
 * measured on 100,000 people, one network statement took 155–175 ms before and 7–11 ms
 * after (docs/performance.md, "The company row"). Answers the tables analysed.
 */
export async function refreshReadModelStatistics(db: SqlExecutor, schema = 'public'): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(
    `SELECT relname AS name FROM pg_stat_user_tables
      WHERE schemaname = $1 AND relname = ANY($2::text[])
        AND ((last_analyze IS NULL AND last_autoanalyze IS NULL AND n_live_tup + n_mod_since_analyze > 0)
             OR n_mod_since_analyze > 50 + 0.1 * n_live_tup)
      ORDER BY relname`,
    [schema, `{${readModelTables.join(',')}}`],
  );
  for (const { name } of rows) await db.exec(`ANALYZE ${schema}.${name}`);
  return rows.map((r) => r.name);
}

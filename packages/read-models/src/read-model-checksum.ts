import { createHash } from 'node:crypto';
import type { SqlExecutor } from '@rapport/event-store';
import { projectedTables } from './schema';
import { pairSumsTables } from './pairs/pair-sums.schema';

/** Columns that record when a row was written, not what the events say. */
const WRITE_TIME_COLUMNS = new Set(['processed_at']);

/**
 * Pair sums are added up in arrival order, and floating-point addition is exact only up
 * to its last bits: their float columns are compared at single precision.
 */
const isSummed = (table: string, dataType: string) =>
  dataType === 'double precision' && (pairSumsTables as readonly string[]).includes(table);

/**
 * A fingerprint of every projected read model: equal fingerprints mean the same rows,
 * whatever order, worker or number of redeliveries produced them. Used to prove that
 * crashes, duplicates and rebalances end where a clean rebuild ends.
 */
export async function readModelChecksum(db: SqlExecutor): Promise<{ checksum: string; rows: Record<string, number> }> {
  const hash = createHash('sha256');
  const rows: Record<string, number> = {};
  for (const table of projectedTables) {
    const list = await comparedColumns(db, table);
    const { rows: result } = await db.query<{ digest: string | null; n: string }>(
      `SELECT md5(string_agg(line, E'\\n' ORDER BY line)) AS digest, count(*) AS n
         FROM (SELECT row(${list})::text AS line FROM ${table}) AS t`,
    );
    rows[table] = Number(result[0]?.n ?? 0);
    hash.update(`${table}:${result[0]?.digest ?? 'empty'}\n`);
  }
  return { checksum: hash.digest('hex'), rows };
}

/** The SELECT list a table's rows are compared by: every column but write times, summed floats at single precision. */
async function comparedColumns(db: SqlExecutor, table: string): Promise<string> {
  const { rows: columns } = await db.query<{ column_name: string; data_type: string }>(
    `SELECT column_name, data_type FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position`,
    [table],
  );
  const kept = columns.filter((c) => !WRITE_TIME_COLUMNS.has(c.column_name));
  return kept.map((c) => (isSummed(table, c.data_type) ? `"${c.column_name}"::real` : `"${c.column_name}"`)).join(', ');
}

/** Copies every projected read model to `${prefix}_${table}`: what readModelDifferences compares with later. */
export async function keepReadModelsAside(db: SqlExecutor, prefix: string): Promise<void> {
  for (const table of projectedTables) {
    await db.exec(`DROP TABLE IF EXISTS ${prefix}_${table}; CREATE TABLE ${prefix}_${table} AS SELECT * FROM ${table}`);
  }
}

/**
 * The rows, compared as the checksum compares them, that differ between the read models
 * kept aside under `prefix` and the read models now (up to `limit` of each side a
 * table): what to look at when two checksums differ. Empty when they are the same.
 */
export async function readModelDifferences(
  db: SqlExecutor,
  prefix: string,
  limit = 5,
): Promise<{ table: string; keptOnly: string[]; nowOnly: string[] }[]> {
  const differences = [];
  for (const table of projectedTables) {
    const list = await comparedColumns(db, table);
    const only = async (from: string, other: string) =>
      (
        await db.query<{ line: string }>(
          `SELECT row(${list})::text AS line FROM ${from} EXCEPT SELECT row(${list})::text FROM ${other} ORDER BY 1 LIMIT ${limit}`,
        )
      ).rows.map((r) => r.line);
    const [keptOnly, nowOnly] = [await only(`${prefix}_${table}`, table), await only(table, `${prefix}_${table}`)];
    if (keptOnly.length > 0 || nowOnly.length > 0) differences.push({ table, keptOnly, nowOnly });
  }
  return differences;
}

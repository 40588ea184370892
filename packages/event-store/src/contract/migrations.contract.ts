import { randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import { migrate, type Migration } from '../migrate';
import type { ContractContext } from './fixture';

/** Migrations of a made-up read model, uniquely named so tests never see each other's tables. */
function readModelMigrations(): { namespace: string; table: string; migrations: Migration[] } {
  const suffix = randomBytes(4).toString('hex');
  const table = `tie_strength_${suffix}`;
  return {
    namespace: `read-model-${suffix}`,
    table,
    migrations: [
      { id: '0001-ties', sql: `CREATE TABLE ${table} (a text, b text, PRIMARY KEY (a, b));` },
      {
        id: '0002-strength',
        sql: `ALTER TABLE ${table} ADD COLUMN strength real NOT NULL DEFAULT 0;
              CREATE INDEX ${table}_strength_idx ON ${table} (strength);`,
      },
    ],
  };
}

export function migrationsContract(ctx: () => ContractContext): void {
  it('applies nothing when the event store schema is current', async () => {
    expect(await migrate(ctx().db)).toEqual([]);
  });

  it('applies each migration of a namespace once when two runs start together', async () => {
    const { db } = ctx();
    const { namespace, table, migrations } = readModelMigrations();
    const runs = await Promise.all([migrate(db, migrations, { namespace }), migrate(db, migrations, { namespace })]);

    expect(runs.flat().sort()).toEqual(['0001-ties', '0002-strength']);
    expect(await migrate(db, migrations, { namespace })).toEqual([]);
    const { rows } = await db.query<{ id: string }>('SELECT id FROM schema_migrations WHERE namespace = $1 ORDER BY id', [namespace]);
    expect(rows.map((row) => row.id)).toEqual(['0001-ties', '0002-strength']);
    await db.query(`INSERT INTO ${table} (a, b, strength) VALUES ('ada', 'grace', 42)`);
  });

  it('applies only the migrations added since the last run', async () => {
    const { db } = ctx();
    const { namespace, migrations } = readModelMigrations();
    expect(await migrate(db, migrations.slice(0, 1), { namespace })).toEqual(['0001-ties']);
    expect(await migrate(db, migrations, { namespace })).toEqual(['0002-strength']);
  });

  it('leaves no trace of a migration that fails', async () => {
    const { db } = ctx();
    const { namespace, table } = readModelMigrations();
    const broken: Migration[] = [{ id: '0001-broken', sql: `CREATE TABLE ${table} (a text); SELECT no_such_column FROM ${table};` }];
    await expect(migrate(db, broken, { namespace })).rejects.toThrow();
    const { rows } = await db.query('SELECT 1 FROM schema_migrations WHERE namespace = $1', [namespace]);
    expect(rows).toEqual([]);
    const tables = await db.query('SELECT 1 FROM information_schema.tables WHERE table_name = $1', [table]);
    expect(tables.rows).toEqual([]);
  });

  it('refuses a list with the same migration id twice', async () => {
    const { db } = ctx();
    const twice: Migration[] = [
      { id: '0001-x', sql: 'SELECT 1' },
      { id: '0001-x', sql: 'SELECT 2' },
    ];
    await expect(migrate(db, twice, { namespace: 'duplicates' })).rejects.toThrow('appears twice');
  });
}

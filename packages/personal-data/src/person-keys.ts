import { randomBytes } from 'node:crypto';
import type { Migration, SqlExecutor } from '@rapport/event-store';
import { unwrapKey, wrapKey } from './cipher';

/**
 * Per-person data keys, in their own table — never in an event, never on Kafka — each
 * wrapped with the deployment's master key. Destroying a row is the erasure.
 */
export const personKeyMigrations: readonly Migration[] = [
  {
    id: '0001-person-keys',
    sql: `
      CREATE TABLE person_keys (
        person_id uuid PRIMARY KEY,
        wrapped_key bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      -- Erased people: their key is gone for good and may never be recreated.
      CREATE TABLE erased_people (
        person_id uuid PRIMARY KEY,
        erased_at timestamptz NOT NULL DEFAULT now()
      );
    `,
  },
];

export class PersonErasedError extends Error {
  readonly code = 'person_erased' as const;

  constructor(readonly personId: string) {
    super(`person ${personId} has been erased`);
    this.name = 'PersonErasedError';
  }
}

export class PersonKeys {
  constructor(private readonly masterKey: Buffer) {
    if (masterKey.length !== 32) throw new RangeError('the master key must be 32 bytes');
  }

  /** The data keys of these people, creating missing ones (inside the caller's transaction). */
  async ensure(tx: SqlExecutor, personIds: readonly string[]): Promise<Map<string, Buffer>> {
    const ids = [...new Set(personIds)];
    const existing = await this.find(tx, ids);
    const missing = ids.filter((id) => !existing.has(id));
    if (missing.length === 0) return existing;
    const { rows: erased } = await tx.query<{ person_id: string }>('SELECT person_id FROM erased_people WHERE person_id = ANY($1::uuid[])', [missing]);
    if (erased[0]) throw new PersonErasedError(erased[0].person_id);
    const fresh = new Map(missing.map((id) => [id, randomBytes(32)] as const));
    await tx.query(
      `INSERT INTO person_keys (person_id, wrapped_key) SELECT * FROM unnest($1::uuid[], $2::bytea[]) ON CONFLICT (person_id) DO NOTHING`,
      [missing, missing.map((id) => wrapKey(fresh.get(id)!, this.masterKey, id))],
    );
    // Another transaction may have created some meanwhile: read back what is stored.
    return this.find(tx, ids);
  }

  /** The data keys that still exist (an erased person has none). */
  async find(db: SqlExecutor, personIds: readonly string[]): Promise<Map<string, Buffer>> {
    if (personIds.length === 0) return new Map();
    const { rows } = await db.query<{ person_id: string; wrapped_key: Buffer }>(
      'SELECT person_id, wrapped_key FROM person_keys WHERE person_id = ANY($1::uuid[])',
      [personIds],
    );
    return new Map(rows.map((r) => [r.person_id, unwrapKey(Buffer.from(r.wrapped_key), this.masterKey)]));
  }

  /** Which of these people have been erased. */
  async erasedAmong(db: SqlExecutor, personIds: readonly string[]): Promise<Set<string>> {
    if (personIds.length === 0) return new Set();
    const { rows } = await db.query<{ person_id: string }>('SELECT person_id FROM erased_people WHERE person_id = ANY($1::uuid[])', [personIds]);
    return new Set(rows.map((r) => r.person_id));
  }

  /** Crypto-shredding: the key is destroyed and the person marked erased, in the caller's transaction. */
  async destroy(tx: SqlExecutor, personId: string): Promise<void> {
    await tx.query('DELETE FROM person_keys WHERE person_id = $1', [personId]);
    await tx.query('INSERT INTO erased_people (person_id) VALUES ($1) ON CONFLICT DO NOTHING', [personId]);
  }
}

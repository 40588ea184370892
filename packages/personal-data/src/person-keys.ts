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
    const keyOf = await this.prepare(tx, personIds);
    const keys = new Map<string, Buffer>();
    for (const id of new Set(personIds)) {
      const key = keyOf(id);
      if (key) keys.set(id, key);
    }
    return keys;
  }

  /**
   * Like ensure — missing keys are created, an erased person without one is refused —
   * with one query when every key exists, but only the keys of `unwrapFor` (default:
   * everyone) are read, and each is unwrapped when it is first asked for: a batch often
   * names many people and seals text for few of them.
   */
  async prepare(
    tx: SqlExecutor,
    personIds: readonly string[],
    unwrapFor: readonly string[] = personIds,
  ): Promise<(personId: string) => Buffer | undefined> {
    const ids = [...new Set(personIds)];
    const wanted = [...new Set(unwrapFor)];
    const stored = await this.findStored(tx, ids, wanted);
    const missing = ids.filter((id) => !stored.has(id));
    if (missing.length > 0) {
      const { rows: erased } = await tx.query<{ person_id: string }>(
        'SELECT person_id FROM erased_people WHERE person_id = ANY($1::uuid[])',
        [missing],
      );
      if (erased[0]) throw new PersonErasedError(erased[0].person_id);
      await tx.query(
        `INSERT INTO person_keys (person_id, wrapped_key) SELECT * FROM unnest($1::uuid[], $2::bytea[]) ON CONFLICT (person_id) DO NOTHING`,
        [missing, missing.map((id) => wrapKey(randomBytes(32), this.masterKey, id))],
      );
      // Another transaction may have created some meanwhile: read back what is stored.
      for (const [id, key] of await this.findStored(tx, missing, wanted)) stored.set(id, key);
    }
    const unwrapped = new Map<string, Buffer>();
    return (personId) => {
      let key = unwrapped.get(personId);
      const wrapped = stored.get(personId);
      if (!key && wrapped) unwrapped.set(personId, (key = unwrapKey(wrapped, this.masterKey)));
      return key;
    };
  }

  /** The data keys that still exist (an erased person has none). */
  async find(db: SqlExecutor, personIds: readonly string[]): Promise<Map<string, Buffer>> {
    const keys = new Map<string, Buffer>();
    for (const [id, wrapped] of await this.findStored(db, personIds, personIds))
      if (wrapped) keys.set(id, unwrapKey(wrapped, this.masterKey));
    return keys;
  }

  /** Whose keys exist among `personIds`, with the wrapped key of those in `wanted` (null for the others). */
  private async findStored(db: SqlExecutor, personIds: readonly string[], wanted: readonly string[]): Promise<Map<string, Buffer | null>> {
    if (personIds.length === 0) return new Map();
    const { rows } = await db.query<{ person_id: string; wrapped_key: Buffer | null }>(
      `SELECT person_id, CASE WHEN person_id = ANY($2::uuid[]) THEN wrapped_key END AS wrapped_key
         FROM person_keys WHERE person_id = ANY($1::uuid[])`,
      [personIds, wanted],
    );
    return new Map(rows.map((r) => [r.person_id, r.wrapped_key === null ? null : Buffer.from(r.wrapped_key)] as const));
  }

  /** Which of these people have been erased. */
  async erasedAmong(db: SqlExecutor, personIds: readonly string[]): Promise<Set<string>> {
    if (personIds.length === 0) return new Set();
    const { rows } = await db.query<{ person_id: string }>('SELECT person_id FROM erased_people WHERE person_id = ANY($1::uuid[])', [
      personIds,
    ]);
    return new Set(rows.map((r) => r.person_id));
  }

  /** Crypto-shredding: the key is destroyed and the person marked erased, in the caller's transaction. */
  async destroy(tx: SqlExecutor, personId: string): Promise<void> {
    await tx.query('DELETE FROM person_keys WHERE person_id = $1', [personId]);
    await tx.query('INSERT INTO erased_people (person_id) VALUES ($1) ON CONFLICT DO NOTHING', [personId]);
  }
}

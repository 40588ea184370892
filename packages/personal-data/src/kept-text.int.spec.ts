import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, openPostgres, type Database, type SqlExecutor } from '@rapport/event-store';
import { createTestDatabase, type TestDatabase } from '@rapport/test-support';
import { BlindIndex } from './blind-index';
import { seal } from './cipher';
import { keptSealed, KeptPersonalTextReader, sealedFromKept } from './kept-text';
import { PersonKeys, personKeyMigrations } from './person-keys';

let database: TestDatabase;
let db: Database;
const masterKey = randomBytes(32);
const keys = new PersonKeys(masterKey);

/** Counts the statements a reader sends. */
const counting = (inner: SqlExecutor) => {
  const counted = { statements: 0, db: null as unknown as SqlExecutor };
  counted.db = { ...inner, query: (sql: string, params?: unknown[]) => (counted.statements++, inner.query(sql, params)) } as SqlExecutor;
  return counted;
};

beforeAll(async () => {
  database = await createTestDatabase('rapport_kept_text');
  db = openPostgres(database.url);
  await migrate(db, personKeyMigrations, { namespace: 'personal-data' });
});
afterAll(async () => {
  await db?.close();
  await database?.drop();
});

describe('text kept sealed in the read models', () => {
  it('keeps the sealed value in one field, and gives the same value back', () => {
    const sealed = seal('Ana Ortiz', randomBytes(32), randomUUID());
    const kept = keptSealed(sealed);
    expect(kept).not.toContain('Ana');
    expect(sealedFromKept(kept)).toEqual(sealed);
    expect(sealedFromKept('Erased person')).toBeNull();
  });

  it('opens with keys read once, then from the cache; an erased person’s text opens as null', async () => {
    const [ana, ben] = [randomUUID(), randomUUID()];
    const found = await db.transaction((tx) => keys.ensure(tx, [ana, ben]));
    const reader = new KeptPersonalTextReader(keys, new BlindIndex(masterKey));
    const kept = [
      [ana, keptSealed(seal('Ana Ortiz', found.get(ana)!, ana))],
      [ben, keptSealed(seal('ben@example.com', found.get(ben)!, ben))],
      [ben, 'Erased person'],
    ] as const;
    const counted = counting(db);
    expect(await reader.openAll(counted.db, kept)).toEqual(['Ana Ortiz', 'ben@example.com', 'Erased person']);
    expect(counted.statements).toBe(1);
    expect(await reader.openAll(counted.db, kept)).toEqual(['Ana Ortiz', 'ben@example.com', 'Erased person']);
    expect(counted.statements).toBe(1);

    await db.transaction((tx) => keys.destroy(tx, ana));
    reader.forget(ana);
    expect(await reader.openAll(counted.db, kept.slice(0, 1))).toEqual([null]);
  });
});

describe('blind index', () => {
  const index = new BlindIndex(masterKey);

  it('finds an address however it is spelt, and only under its own key', () => {
    expect(index.email(' Ana.Ortiz@Example.com ').equals(index.email('ana.ortiz@example.com'))).toBe(true);
    expect(index.email('ana.ortiz@example.com').equals(index.email('ana.ortis@example.com'))).toBe(false);
    expect(new BlindIndex(randomBytes(32)).email('ana.ortiz@example.com').equals(index.email('ana.ortiz@example.com'))).toBe(false);
    expect(index.email('ana.ortiz@example.com').toString('latin1')).not.toContain('ortiz');
  });

  it('finds a name by the start of any of its words, accents and case aside', () => {
    const tokens = new Set(index.nameTokens('Chloé de la Fuente-Ortiz').map((t) => t.toString('hex')));
    const finds = (word: string) => index.searchTokens(word).every((t) => tokens.has(t.toString('hex')));
    for (const word of ['chloe', 'CHL', 'fuente', 'ort', 'ortiz', 'de', 'Fuente-Ort']) expect(finds(word), word).toBe(true);
    for (const word of ['hloe', 'rtiz', 'chloex', 'fuentes']) expect(finds(word), word).toBe(false);
    expect(index.searchTokens('%')).toEqual([]);
    // Beyond twelve letters a word is found by its first twelve.
    expect(
      new Set(index.nameTokens('Abcdefghijklmnopq').map((t) => t.toString('hex'))).has(
        index.searchTokens('abcdefghijklmnopqrst')[0]!.toString('hex'),
      ),
    ).toBe(true);
  });
});

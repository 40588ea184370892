import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, openPostgres, type Database } from '@rapport/event-store';
import { createTestDatabase, type TestDatabase } from '@rapport/test-support';
import { seal, unseal } from './cipher';
import { PersonErasedError, PersonKeys, personKeyMigrations } from './person-keys';
import { Unsealer } from './unsealer';

let database: TestDatabase;
let db: Database;
const masterKey = randomBytes(32);
const keys = new PersonKeys(masterKey);

beforeAll(async () => {
  database = await createTestDatabase('rapport_keys');
  db = openPostgres(database.url);
  await migrate(db, personKeyMigrations, { namespace: 'personal-data' });
});
afterAll(async () => {
  await db?.close();
  await database?.drop();
});

describe('sealing personal data', () => {
  it('opens only with the key and the key id it was sealed with', () => {
    const key = randomBytes(32);
    const sealed = seal('Ana Ortiz', key, 'person-a');
    expect(JSON.stringify(sealed)).not.toContain('Ana');
    expect(unseal(sealed, key)).toBe('Ana Ortiz');
    expect(() => unseal(sealed, randomBytes(32))).toThrow();
    expect(() => unseal({ ...sealed, keyId: 'person-b' }, key)).toThrow();
  });
});

describe('person keys', () => {
  it('creates a key once per person and stores it wrapped, never in clear', async () => {
    const ana = randomUUID();
    const first = await db.transaction((tx) => keys.ensure(tx, [ana, ana]));
    const again = await db.transaction((tx) => keys.ensure(tx, [ana]));
    expect(first.get(ana)!.equals(again.get(ana)!)).toBe(true);
    const { rows } = await db.query<{ wrapped_key: Buffer }>('SELECT wrapped_key FROM person_keys WHERE person_id = $1', [ana]);
    expect(Buffer.from(rows[0]!.wrapped_key).includes(first.get(ana)!)).toBe(false);
    // Another deployment's master key opens nothing.
    await expect(new PersonKeys(randomBytes(32)).find(db, [ana])).rejects.toThrow();
  });

  it('makes an erased person’s data unreadable everywhere, and refuses to create their key again', async () => {
    const ben = randomUUID();
    const cat = randomUUID();
    const created = await db.transaction((tx) => keys.ensure(tx, [ben, cat]));
    const name = seal('Ben Okafor', created.get(ben)!, ben);
    const other = seal('Cat Lindqvist', created.get(cat)!, cat);
    expect((await Unsealer.for(db, keys, [name, other])).open(name)).toBe('Ben Okafor');

    await db.transaction((tx) => keys.destroy(tx, ben));
    const after = await Unsealer.for(db, keys, [name, other]);
    expect(after.open(name)).toBeNull();
    expect(after.open(other)).toBe('Cat Lindqvist');
    await expect(db.transaction((tx) => keys.ensure(tx, [ben]))).rejects.toBeInstanceOf(PersonErasedError);
  });

  it('prepares keys for everyone named but reads only those that will seal something', async () => {
    const [dan, eve, fay] = [randomUUID(), randomUUID(), randomUUID()];
    const created = await db.transaction((tx) => keys.ensure(tx, [dan]));
    const keyOf = await db.transaction((tx) => keys.prepare(tx, [dan, eve, fay], [eve]));
    // Eve's key was created and handed out; Dan's exists but was not asked for; Fay's was created.
    expect(keyOf(eve)).toBeInstanceOf(Buffer);
    expect(keyOf(dan)).toBeUndefined();
    expect((await keys.find(db, [dan, eve, fay])).size).toBe(3);
    expect((await keys.find(db, [dan])).get(dan)!.equals(created.get(dan)!)).toBe(true);
    expect((await keys.find(db, [eve])).get(eve)!.equals(keyOf(eve)!)).toBe(true);

    await db.transaction((tx) => keys.destroy(tx, fay));
    await expect(db.transaction((tx) => keys.prepare(tx, [dan, fay], []))).rejects.toBeInstanceOf(PersonErasedError);
  });
});

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import type { PersonRegisteredV1 } from '@rapport/contracts';
import { EventStore, migrate, openPostgres, type Database, type NewEvent } from '@rapport/event-store';
import { migrateReadModels } from '@rapport/read-models';
import { createTestDatabase, type TestDatabase } from '@rapport/test-support';

/** An event to append in a test: version 1 of `type`, fresh ids, recorded by 'test'. */
export const newTestEvent = (type: string, occurredAt: string, data: unknown): NewEvent => ({
  eventId: randomUUID(),
  type,
  schemaVersion: 1,
  occurredAt,
  actorId: 'test',
  correlationId: randomUUID(),
  causationId: null,
  data,
});

/** The registration of test person `i`: a fresh id unless given, Sales for odd `i` and Legal for even unless given. */
export const testPerson = (i: number, personId: string = randomUUID(), department = i % 2 ? 'Sales' : 'Legal'): PersonRegisteredV1 => ({
  personId,
  displayName: `Person ${i}`,
  email: `p${i}@example.com`,
  department,
  function: 'F',
  location: 'Lisbon',
  seniority: 2,
  expertise: ['x'],
});

/**
 * A PostgreSQL database for a test file with the event store's and the read models'
 * tables, and an EventStore over it: handed to `use` before the tests, dropped after.
 */
export function withEventStoreDatabase(prefix: string, use: (db: Database, store: EventStore) => void): void {
  let database: TestDatabase | undefined;
  let db: Database | undefined;
  beforeAll(async () => {
    database = await createTestDatabase(prefix);
    db = openPostgres(database.url);
    await migrate(db);
    await migrateReadModels(db);
    use(db, new EventStore(db));
  });
  afterAll(async () => {
    await db?.close();
    await database?.drop();
  });
}

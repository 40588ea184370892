import { createTestDatabase } from '@rapport/test-support';
import { describeEventStoreContract } from './event-store.contract';
import { openPostgres } from './postgres-database';

// Never skipped: if PostgreSQL is unreachable, createTestDatabase throws and every test fails.
describeEventStoreContract(
  'event store on PostgreSQL',
  async () => {
    const database = await createTestDatabase('event_store');
    // Several connections, so concurrent retries and relays really run at the same time.
    const db = openPostgres(database.url, { max: 12 });
    return {
      db,
      cleanup: async () => {
        await db.close();
        await database.drop();
      },
    };
  },
  { concurrentTransactions: true },
);

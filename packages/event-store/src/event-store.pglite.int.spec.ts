import { openPglite } from './pglite-database';
import { describeEventStoreContract } from './event-store.contract';

// PGlite is one connection: transactions run one after another, so the interleaved-commit
// case is emulated statement by statement in the shared contract instead (see docs).
describeEventStoreContract(
  'event store on PGlite (in memory)',
  async () => {
    const db = await openPglite();
    return { db, cleanup: () => db.close() };
  },
  { concurrentTransactions: false },
);

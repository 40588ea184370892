import { afterAll, beforeAll, beforeEach, describe } from 'vitest';
import { appendContract } from './contract/append.contract';
import type { ContractContext, ContractOptions, OpenedDatabase } from './contract/fixture';
import { idempotencyContract } from './contract/idempotency.contract';
import { migrationsContract } from './contract/migrations.contract';
import { interleavedCommitContract, relayContract } from './contract/relay.contract';
import { EventStore } from './event-store';
import { migrate } from './migrate';

export type { OpenedDatabase } from './contract/fixture';

/**
 * The behaviour every engine must show, written once and run against PGlite and
 * PostgreSQL. `open` gives a fresh, empty database; the suite migrates it once and
 * empties the store's tables before each test.
 */
export function describeEventStoreContract(name: string, open: () => Promise<OpenedDatabase>, options: ContractOptions): void {
  describe(name, () => {
    let opened: OpenedDatabase | undefined;
    let context: ContractContext | undefined;
    const ctx = (): ContractContext => {
      if (!context) throw new Error('the database did not open');
      return context;
    };

    beforeAll(async () => {
      opened = await open();
      await migrate(opened.db);
      context = { db: opened.db, store: new EventStore(opened.db), options };
    });
    afterAll(async () => {
      await opened?.cleanup();
    });
    beforeEach(async () => {
      await ctx().db.query('TRUNCATE outbox_appends, events, streams, idempotency_keys RESTART IDENTITY');
    });

    describe('appending and reading', () => appendContract(ctx));
    describe('idempotency', () => idempotencyContract(ctx));
    describe('outbox relay', () => {
      relayContract(ctx);
      if (options.concurrentTransactions) interleavedCommitContract(ctx);
    });
    describe('migrations', () => migrationsContract(ctx));
  });
}

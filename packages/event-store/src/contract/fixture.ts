import { randomUUID } from 'node:crypto';
import type { EventStore } from '../event-store';
import type { Database, NewEvent, SqlExecutor, StoredEvent, StreamAppend } from '../types';

export interface OpenedDatabase {
  readonly db: Database;
  cleanup(): Promise<void>;
}

export interface ContractOptions {
  /** True when transactions really run at the same time (several connections); PGlite has one. */
  readonly concurrentTransactions: boolean;
}

/** What every contract test gets: a migrated database emptied before each test. */
export interface ContractContext {
  readonly db: Database;
  readonly store: EventStore;
  readonly options: ContractOptions;
}

export function newEvent(overrides: Partial<NewEvent> = {}): NewEvent {
  return {
    eventId: randomUUID(),
    type: 'InteractionLogged',
    schemaVersion: 1,
    occurredAt: '2026-03-01T09:30:00.000Z',
    actorId: 'person-ada',
    correlationId: randomUUID(),
    causationId: null,
    data: { channel: 'in_person', participantIds: ['ada', 'grace'] },
    ...overrides,
  };
}

export function appendOf(streamId: string, expectedVersion: StreamAppend['expectedVersion'], count = 1): StreamAppend {
  return { streamId, expectedVersion, events: Array.from({ length: count }, () => newEvent()) };
}

export async function outboxPositions(db: Database): Promise<string[]> {
  const { rows } = await db.query<{ global_position: string }>('SELECT global_position FROM outbox ORDER BY global_position');
  return rows.map((row) => row.global_position);
}

/** Collects what a relay publishes, batch by batch; `failNext` makes the next publish calls throw. */
export function recordingPublisher(delayMs = 0) {
  const batches: StoredEvent[][] = [];
  let failures = 0;
  return {
    batches,
    get events(): StoredEvent[] {
      return batches.flat();
    },
    failNext(times = 1): void {
      failures = times;
    },
    async publish(events: StoredEvent[]): Promise<void> {
      if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, Math.random() * delayMs));
      if (failures > 0) {
        failures -= 1;
        throw new Error('transport unavailable');
      }
      batches.push(events);
    },
  };
}

/** Wraps a Database to count the statements its transactions run (to check batching). */
export function countingDatabase(db: Database): { db: Database; statements: () => number; texts: () => string[] } {
  const texts: string[] = [];
  const counted = (sql: SqlExecutor): SqlExecutor => ({
    query<R extends Record<string, unknown>>(text: string, params?: readonly unknown[]) {
      texts.push(text);
      return sql.query<R>(text, params);
    },
    exec(text: string) {
      texts.push(text);
      return sql.exec(text);
    },
  });
  const direct = counted(db);
  return {
    statements: () => texts.length,
    texts: () => [...texts],
    db: {
      engine: db.engine,
      query: direct.query,
      exec: direct.exec,
      transaction: (fn) => db.transaction((tx) => fn(counted(tx))),
      close: () => db.close(),
    },
  };
}

export async function eventually(check: () => Promise<boolean> | boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

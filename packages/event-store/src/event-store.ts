import { readAllEvents, readStreamEvents, streamVersionsOf, type ReadAllOptions } from './event-queries';
import { claimIdempotencyKey, rememberResponse, replayResponse } from './idempotency';
import { recentlyAppendedFor } from './recently-appended';
import type {
  AppendResult,
  Database,
  IdempotencyRequest,
  IdempotentOutcome,
  RememberedResponse,
  StoredEvent,
  StreamAppend,
  UnitOfWork,
} from './types';
import { TransactionUnitOfWork } from './unit-of-work';

export interface EventStoreOptions {
  /**
   * Called after a transaction that appended events has committed (e.g. to wake the
   * outbox relay for low latency). Must not throw; it cannot undo the commit.
   */
  readonly onAppended?: (events: readonly StoredEvent[]) => void;
}

/** Append/read over PostgreSQL or PGlite with optimistic concurrency, idempotency and a transactional outbox. */
export class EventStore {
  constructor(
    readonly db: Database,
    private readonly options: EventStoreOptions = {},
  ) {}

  /** Runs fn in one transaction: everything it appends commits together or not at all. */
  async unitOfWork<T>(fn: (uow: UnitOfWork) => Promise<T>): Promise<T> {
    let uow: TransactionUnitOfWork | undefined;
    const result = await this.db.transaction((tx) => {
      uow = new TransactionUnitOfWork(tx);
      return fn(uow);
    });
    this.notifyAppended(uow);
    return result;
  }

  append(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    return this.unitOfWork((uow) => uow.append(appends));
  }

  /**
   * Runs fn at most once per (scope, key): the key, fn's events and its response
   * commit in one transaction. A retry gets the stored response (replayed = true);
   * the same key with another request hash is refused. If fn throws, nothing is
   * stored and the error propagates, so a later retry runs fn again.
   */
  async idempotent(request: IdempotencyRequest, fn: (uow: UnitOfWork) => Promise<RememberedResponse>): Promise<IdempotentOutcome> {
    let uow: TransactionUnitOfWork | undefined;
    const outcome = await this.db.transaction(async (tx) => {
      if (!(await claimIdempotencyKey(tx, request))) return replayResponse(tx, request);
      uow = new TransactionUnitOfWork(tx);
      const response = await fn(uow);
      return rememberResponse(tx, request, response);
    });
    this.notifyAppended(uow);
    return outcome;
  }

  readStream(streamId: string): Promise<StoredEvent[]> {
    return readStreamEvents(this.db, streamId);
  }

  /**
   * Pages through the log by global position. Positions are allocated before commit,
   * so while appends are in flight a later page can still gain a lower position:
   * follow the live log through the outbox relay, not by polling this.
   */
  readAll(options: ReadAllOptions): Promise<StoredEvent[]> {
    return readAllEvents(this.db, options);
  }

  streamVersions(streamIds: readonly string[]): Promise<Map<string, number>> {
    return streamVersionsOf(this.db, streamIds);
  }

  /** The highest global position stored ('0' when empty). */
  async head(): Promise<string> {
    const { rows } = await this.db.query<{ head: string | null }>('SELECT max(global_position) AS head FROM events');
    return rows[0]?.head ?? '0';
  }

  async count(): Promise<number> {
    const { rows } = await this.db.query<{ count: string }>('SELECT count(*) AS count FROM events');
    return Number(rows[0]?.count ?? 0);
  }

  private notifyAppended(uow: TransactionUnitOfWork | undefined): void {
    if (!uow || uow.appended.length === 0) return;
    recentlyAppendedFor(this.db)?.add(uow.appended);
    if (!this.options.onAppended) return;
    try {
      this.options.onAppended(uow.appended);
    } catch {
      // the events are committed; a failing listener must not turn success into an error
    }
  }
}

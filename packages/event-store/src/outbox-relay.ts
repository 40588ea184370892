import { AsyncResource } from 'node:async_hooks';
import { eventColumns, toStoredEvent, type EventRow } from './event-row';
import { holdRecentlyAppended, recentlyAppendedFor, releaseRecentlyAppended } from './recently-appended';
import { withRelayLease } from './relay-lease';
import type { Database, SqlExecutor, StoredEvent } from './types';

export interface OutboxRelayOptions {
  readonly db: Database;
  /** Hands a batch to the transport; resolves once the transport has it. Throwing keeps the batch for a retry. */
  readonly publish: (events: StoredEvent[]) => Promise<void>;
  readonly batchSize?: number;
  /** Idle wait between checks when nothing woke the relay. */
  readonly pollIntervalMs?: number;
  /** Cap of the exponential back-off after failed batches. */
  readonly maxBackoffMs?: number;
  readonly onError?: (error: unknown, consecutiveFailures: number) => void;
}

/** How far the transport is behind the store (for the relay-lag metric). */
export interface RelayLag {
  readonly pending: number;
  /** recordedAt of the oldest event not yet published, null when none is waiting. */
  readonly oldestRecordedAt: string | null;
}

/**
 * Moves committed events from the outbox to the transport, at least once, oldest
 * position first. Guarantees and their reasons are in the event store's docs:
 * one relay at a time (a lease), rows deleted only after publish, and an outbox
 * instead of a position cursor so an event that commits after a higher position
 * was published is still found.
 */
export class OutboxRelay {
  private readonly db: Database;
  private readonly publish: (events: StoredEvent[]) => Promise<void>;
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly maxBackoffMs: number;
  private readonly onError: (error: unknown, consecutiveFailures: number) => void;
  // Bound once, so a relay started or woken from inside a caller's transaction does not inherit its context.
  private readonly runLoop: () => Promise<void>;
  private running = false;
  private loopDone: Promise<void> = Promise.resolve();
  private wakeRequested = false;
  private interruptPause: ((byWake: boolean) => void) | undefined;
  /** Events this relay has published since it was created. */
  published = 0;

  constructor(options: OutboxRelayOptions) {
    this.db = options.db;
    this.publish = options.publish;
    this.batchSize = options.batchSize ?? 1_000;
    this.pollIntervalMs = options.pollIntervalMs ?? 50;
    this.maxBackoffMs = options.maxBackoffMs ?? 5_000;
    this.onError =
      options.onError ?? ((error, failures) => console.error(`outbox relay: batch failed (${failures} in a row), retrying`, error));
    this.runLoop = AsyncResource.bind(() => this.loop());
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    holdRecentlyAppended(this.db);
    this.loopDone = this.runLoop();
  }

  /** Stops polling; resolves once the batch in flight (if any) has finished. */
  async stop(): Promise<void> {
    if (this.running) releaseRecentlyAppended(this.db);
    this.running = false;
    this.interruptPause?.(false);
    await this.loopDone;
  }

  /** Asks for a batch soon (e.g. right after an in-process append) instead of at the next poll. */
  wake(): void {
    this.wakeRequested = true;
    this.interruptPause?.(true);
  }

  /** Publishes at most one batch; returns how many events it published (0 when another relay is busy). */
  drainOnce(): Promise<number> {
    return withRelayLease(this.db, async (sql) => {
      const claimed = await this.oldestAppends(sql);
      if (claimed.length === 0) return 0;
      const events = await this.eventsAt(
        sql,
        claimed.flatMap((append) => append.positions),
      );
      // One append larger than a batch goes out in batch-sized parts, still in order.
      for (let start = 0; start < events.length; start += this.batchSize) {
        await this.publish(events.slice(start, start + this.batchSize));
      }
      await sql.query('DELETE FROM outbox_appends WHERE first_position = ANY($1::bigint[])', [
        claimed.map((append) => append.firstPosition),
      ]);
      this.published += events.length;
      return events.length;
    });
  }

  /**
   * The events at these positions in position order (so each stream's events go out in
   * version order): those this process appended from memory, the others by primary key.
   */
  private async eventsAt(sql: SqlExecutor, positions: readonly string[]): Promise<StoredEvent[]> {
    const held = recentlyAppendedFor(this.db);
    const { found, missing } = held ? held.take(positions) : { found: [] as StoredEvent[], missing: positions };
    if (missing.length > 0) {
      const { rows } = await sql.query<EventRow>(`SELECT ${eventColumns} FROM events WHERE global_position = ANY($1::bigint[])`, [missing]);
      found.push(...rows.map(toStoredEvent));
    }
    return found.sort((a, b) => comparePositions(a.globalPosition, b.globalPosition));
  }

  /**
   * The oldest waiting appends, by first position, up to batchSize events: whole appends
   * only, and at least one however large. (Ordering by first position keeps per-stream order: an
   * append to a stream another transaction appended to took its positions after that
   * transaction committed, so both its first and its last position come later.)
   */
  private async oldestAppends(sql: SqlExecutor): Promise<Array<{ firstPosition: string; positions: string[] }>> {
    const { rows } = await sql.query<{ first_position: string; positions: Array<string | number | bigint> }>(
      `SELECT first_position, positions
         FROM (SELECT first_position, event_count, positions,
                      sum(event_count) OVER (ORDER BY first_position) - event_count AS before
                 FROM (SELECT first_position, event_count, positions FROM outbox_appends ORDER BY first_position LIMIT $1) oldest
              ) waiting
        WHERE before = 0 OR before + event_count <= $1
        ORDER BY first_position`,
      [this.batchSize],
    );
    return rows.map((row) => ({ firstPosition: String(row.first_position), positions: row.positions.map(String) }));
  }

  async outboxSize(): Promise<number> {
    return (await this.lag()).pending;
  }

  async lag(): Promise<RelayLag> {
    // An append's events share one recordedAt (the transaction's), so the first event stands for all.
    const { rows } = await this.db.query<{ pending: string | null; oldest: Date | string | null }>(
      `SELECT (SELECT sum(event_count) FROM outbox_appends) AS pending,
              (SELECT min(recorded_at) FROM events
                WHERE global_position = ANY (ARRAY(SELECT first_position FROM outbox_appends))) AS oldest`,
    );
    const row = rows[0];
    const oldest = row?.oldest ?? null;
    return {
      pending: Number(row?.pending ?? 0),
      oldestRecordedAt: oldest === null ? null : new Date(oldest).toISOString(),
    };
  }

  private async loop(): Promise<void> {
    let failures = 0;
    while (this.running) {
      this.wakeRequested = false;
      let published: number;
      try {
        published = await this.drainOnce();
        failures = 0;
      } catch (error) {
        failures += 1;
        this.report(error, failures);
        // Back off exponentially and ignore wake-ups meanwhile: appends must not hammer a broken transport.
        await this.pause(Math.min(this.maxBackoffMs, 100 * 2 ** (failures - 1)), false);
        continue;
      }
      // Batches are whole appends, so a batch short of batchSize says nothing about a backlog:
      // after any published batch look again at once; only an empty look waits.
      if (published > 0 || this.wakeRequested) continue;
      await this.pause(this.pollIntervalMs, true);
    }
  }

  private pause(ms: number, wakeable: boolean): Promise<void> {
    if (!this.running) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.interruptPause = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.interruptPause = (byWake) => {
        if (!byWake || wakeable) done();
      };
    });
  }

  private report(error: unknown, failures: number): void {
    try {
      this.onError(error, failures);
    } catch {
      // an error reporter that throws must not stop the relay
    }
  }
}

/** Positions are decimal strings of bigints: shorter is smaller, equal lengths compare as text. */
const comparePositions = (a: string, b: string): number => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);

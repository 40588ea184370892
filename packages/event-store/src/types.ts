import type { EventEnvelope } from '@rapport/contracts';

/**
 * The SQL surface Rapport needs; implemented over node-postgres (a pool) and over
 * PGlite (embedded). The same SQL text runs on both.
 */
export interface SqlExecutor {
  query<R extends Record<string, unknown> = Record<string, unknown>>(
    sql: string,
    params?: readonly unknown[],
  ): Promise<{ rows: R[]; rowCount: number }>;
  /**
   * Runs a script of one or more statements without parameters (migrations).
   * `query` takes exactly one statement on PGlite, so scripts need their own entry point.
   */
  exec(sql: string): Promise<void>;
}

export interface Database extends SqlExecutor {
  /** Runs fn in one transaction; commits when it resolves, rolls back when it throws. */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Which engine is underneath: 'postgres' (node-postgres pool) or 'pglite'. */
  readonly engine: 'postgres' | 'pglite';
  close(): Promise<void>;
}

/** An event about to be appended; the store assigns streamId, streamVersion, recordedAt, globalPosition. */
export interface NewEvent {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly occurredAt: string;
  readonly actorId: string;
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly data: unknown;
}

/**
 * 'no_stream': the stream must not exist yet; a number: the stream's current version
 * must equal it (0 means "does not exist yet"); 'any': no check.
 */
export type ExpectedVersion = number | 'no_stream' | 'any';

export interface StreamAppend {
  readonly streamId: string;
  readonly expectedVersion: ExpectedVersion;
  readonly events: readonly NewEvent[];
}

/** An event as stored: the envelope with its global position always present. */
export type StoredEvent = EventEnvelope & { readonly globalPosition: string };

export interface AppendResult {
  readonly streamId: string;
  /** The stream's version after the append. */
  readonly nextExpectedVersion: number;
  readonly events: readonly StoredEvent[];
}

/** A response remembered for an Idempotency-Key, replayed verbatim for retries. */
export interface RememberedResponse {
  readonly status: number;
  readonly body: unknown;
}

export interface IdempotencyRequest {
  /** Who sent it (the token's subject) — keys are scoped per actor. */
  readonly scope: string;
  readonly key: string;
  /** Hash of method + path + body; the same key with another request is refused. */
  readonly requestHash: string;
}

/** What a command handler can do inside one store transaction. */
export interface UnitOfWork {
  /** The transaction itself, for side tables that must commit with the events (person keys). */
  readonly tx: SqlExecutor;
  append(appends: readonly StreamAppend[]): Promise<AppendResult[]>;
  readStream(streamId: string): Promise<StoredEvent[]>;
  /** Current version of each given stream (0 or absent when it does not exist). */
  streamVersions(streamIds: readonly string[]): Promise<Map<string, number>>;
}

export type IdempotentOutcome = RememberedResponse & { readonly replayed: boolean };

/** One schema change: a SQL script (several statements allowed) applied once, in a transaction. */
export interface Migration {
  /** Stable and ordered within its namespace, e.g. `0001-events`. Never rename an applied one. */
  readonly id: string;
  readonly sql: string;
}

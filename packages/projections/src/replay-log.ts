import type { Database, EventStore, StoredEvent } from '@rapport/event-store';
import { indexesBuiltAfterFill } from '@rapport/read-models';

export interface ReplayOptions {
  readonly db: Database;
  readonly store: EventStore;
  readonly pageSize: number;
  /** Projects one page, in a transaction of its own. */
  readonly project: (page: readonly StoredEvent[]) => Promise<unknown>;
  /** After each page: how many events are projected so far. */
  readonly onPage?: (processed: number) => Promise<void> | void;
  /** Checked before each page: throws to abandon the replay. */
  readonly beforePage?: () => void;
}

/**
 * Projects the event store's whole log, page by page in global order, reading each next
 * page while the one before is projected: the read and the writes overlap instead of
 * taking turns. Returns how many events were read.
 */
export async function replayLog(options: ReplayOptions): Promise<number> {
  const { store, pageSize } = options;
  const read = (after: string) => {
    const page = store.readAll({ afterPosition: after, limit: pageSize });
    // Awaited below; until then a failed read must not count as unhandled.
    page.catch(() => undefined);
    return page;
  };
  let processed = 0;
  let next = read('0');
  for (;;) {
    options.beforePage?.();
    const page = await next;
    if (page.length === 0) return processed;
    next = read(page.at(-1)!.globalPosition);
    await options.project(page);
    processed += page.length;
    await options.onPage?.(processed);
  }
}

/**
 * Runs `fill` with the secondary indexes no projection statement reads
 * (indexesBuiltAfterFill) dropped from `schema`, then builds each of them once over the
 * filled tables: faster than keeping them up to date row by row. They are built again
 * whether `fill` succeeds or fails.
 */
export async function withIndexesBuiltAfterFill<T>(db: Database, schema: string, fill: () => Promise<T>): Promise<T> {
  const { rows } = await db.query<{ name: string; definition: string }>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes WHERE schemaname = $1 AND indexname = ANY($2::text[])`,
    [schema, `{${indexesBuiltAfterFill.join(',')}}`],
  );
  for (const { name } of rows) await db.exec(`DROP INDEX ${schema}.${name}`);
  try {
    return await fill();
  } finally {
    for (const { definition } of rows) await db.exec(definition);
  }
}

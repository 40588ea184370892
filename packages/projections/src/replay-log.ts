import type { Database, EventStore, StoredEvent } from '@rapport/event-store';
import { indexesBuiltAfterFill } from '@rapport/read-models';
import { retryingDeadlocks } from './deadlocks';

export interface ReplayOptions {
  readonly db: Database;
  readonly store: EventStore;
  readonly pageSize: number;
  /** Projects one page, in a transaction of its own. */
  readonly project: (page: readonly StoredEvent[]) => Promise<unknown>;
  /**
   * How many pages may be projected at once (default 1: one after another, in global
   * order). More only where the projection of a page does not depend on the pages before
   * it being written (a fill: every read model is independent of arrival order).
   */
  readonly pagesAtOnce?: number;
  /**
   * Whether a page must wait until the pages before it are written, however many may be
   * projected at once: it changes rows they insert (a profile change updates the person
   * its registration inserted; an update finds no row another transaction has not
   * committed, and does not wait for it).
   */
  readonly waitsForPagesBefore?: (page: readonly StoredEvent[]) => boolean;
  /** After each page: how many events are projected so far (called one at a time, in page order). */
  readonly onPage?: (processed: number) => Promise<void> | void;
  /** Checked before each page: throws to abandon the replay. */
  readonly beforePage?: () => void;
}

/**
 * Projects the event store's whole log, page by page in global order, reading each next
 * page while the ones before are projected: the read and the writes overlap instead of
 * taking turns, and with pagesAtOnce above 1 so do the pages' writes (on PostgreSQL, each
 * on a connection of its own). Returns how many events were read. The first page that
 * fails stops the replay; the pages in flight are awaited first.
 */
export async function replayLog(options: ReplayOptions): Promise<number> {
  const { store, pageSize } = options;
  const pagesAtOnce = options.pagesAtOnce ?? 1;
  const read = (after: string) => {
    const page = store.readAll({ afterPosition: after, limit: pageSize });
    // Awaited below; until then a failed read must not count as unhandled.
    page.catch(() => undefined);
    return page;
  };
  let processed = 0;
  let queued = 0;
  let reported = Promise.resolve();
  const inFlight: Array<Promise<void>> = [];
  // Reported in page order: a page's count is every event up to its end, once it and the pages before it are in.
  const project = (page: readonly StoredEvent[]) => {
    // A deadlock with a page in flight beside it (a correction and the interaction it
    // corrects, in two pages, lock the same row) rolls the page back whole: it is projected again.
    const done = retryingDeadlocks(() => options.project(page));
    const count = (queued += page.length);
    const before = reported;
    reported = (async () => {
      await done;
      await before;
      processed = count;
      await options.onPage?.(count);
    })();
    return reported;
  };
  let next = read('0');
  try {
    for (;;) {
      options.beforePage?.();
      const page = await next;
      if (page.length === 0) break;
      next = read(page.at(-1)!.globalPosition);
      if (options.waitsForPagesBefore?.(page)) while (inFlight.length > 0) await inFlight.shift();
      const projecting = project(page);
      // Awaited below, in order; a failure is rethrown there.
      projecting.catch(() => undefined);
      inFlight.push(projecting);
      if (inFlight.length >= pagesAtOnce) await inFlight.shift();
    }
  } finally {
    await Promise.allSettled(inFlight);
  }
  for (const page of inFlight) await page;
  return processed;
}

/**
 * Runs `fill` with the secondary indexes no projection statement reads
 * (indexesBuiltAfterFill) dropped from `schema`, then builds each of them once over the
 * filled tables: faster than keeping them up to date row by row. `afterFill` (what else
 * a fill leaves to its end) runs alongside the index builds, each of which has a
 * connection of its own on PostgreSQL. The indexes are built again whether `fill`
 * succeeds or fails.
 */
export async function withIndexesBuiltAfterFill<T>(
  db: Database,
  schema: string,
  fill: () => Promise<T>,
  afterFill: () => Promise<void> = async () => {},
): Promise<T> {
  const { rows } = await db.query<{ name: string; definition: string }>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes WHERE schemaname = $1 AND indexname = ANY($2::text[])`,
    [schema, `{${indexesBuiltAfterFill.join(',')}}`],
  );
  for (const { name } of rows) await db.exec(`DROP INDEX ${schema}.${name}`);
  const buildIndexes = () => Promise.all(rows.map(({ definition }) => db.exec(definition)));
  let filled: T;
  try {
    filled = await fill();
  } catch (error) {
    await buildIndexes();
    throw error;
  }
  const results = await Promise.allSettled([buildIndexes(), afterFill()]);
  for (const result of results) if (result.status === 'rejected') throw result.reason;
  return filled;
}

import type { StrengthParameters } from '@rapport/domain';
import { toLatest, UnknownEventError, type RapportEvent } from '@rapport/contracts';
import type { Database, EventStore } from '@rapport/event-store';
import {
  projectEvents,
  readModelTables,
  refreshReadModelStatistics,
  snapshotTables,
  sumPairSumsAfterFill,
  type PersonalDataAccess,
} from '@rapport/read-models';
import { replayLog, withIndexesBuiltAfterFill } from './replay-log';

export interface RebuildProgress {
  readonly processed: number;
  readonly total: number;
  readonly skipped: number;
}

export interface RebuildOptions {
  readonly db: Database;
  readonly store: EventStore;
  readonly strength: StrengthParameters;
  readonly pageSize?: number;
  readonly onProgress?: (progress: RebuildProgress) => void;
  /** Keep what is projected and only apply events not yet processed (catch-up), instead of starting from scratch. */
  readonly keepExisting?: boolean;
  readonly personal?: PersonalDataAccess;
}

function readable(events: readonly { type: string }[]): { events: RapportEvent[]; skipped: number } {
  const out: RapportEvent[] = [];
  let skipped = 0;
  for (const e of events) {
    try {
      out.push(toLatest(e as Parameters<typeof toLatest>[0]));
    } catch (error) {
      if (!(error instanceof UnknownEventError)) throw error;
      skipped++;
    }
  }
  return { events: out, skipped };
}

/** Event types whose projection updates a row an earlier event inserted, rather than inserting or adding to one. */
const UPDATES_STORED_PEOPLE = new Set(['PersonProfileUpdated', 'PersonErased']);

/** Whether a page changes people that pages before it may register: it waits for them (replayLog's waitsForPagesBefore). */
export const changesStoredPeople = (page: readonly { type: string }[]): boolean => page.some((e) => UPDATES_STORED_PEOPLE.has(e.type));

/**
 * Rebuilds the read models from the event store, page by page in global order
 * (replayLog). From scratch by default (tables emptied first; the indexes only queries
 * read and the pair sums made once at the end); with keepExisting it only applies
 * events that have not been processed yet — how the embedded default catches up
 * after a restart, since its in-process transport keeps nothing across runs.
 */
export async function rebuildReadModels(options: RebuildOptions): Promise<RebuildProgress> {
  const { db, store, strength } = options;
  if (!options.keepExisting) await db.query(`TRUNCATE ${readModelTables.join(', ')}`);
  const total = await store.count();
  let skipped = 0;
  options.onProgress?.({ processed: 0, total, skipped });
  const replay = () =>
    replayLog({
      db,
      store,
      pageSize: options.pageSize ?? 2000,
      // Filling from scratch, every page stands alone (the read models do not depend on arrival order); catching up, the log's order.
      pagesAtOnce: options.keepExisting ? 1 : 2,
      waitsForPagesBefore: changesStoredPeople,
      project: (page) => {
        const batch = readable(page);
        skipped += batch.skipped;
        // From scratch nothing reads the tables being filled, so no kept figure is made invalid; catching up may.
        return db.transaction((tx) =>
          projectEvents(tx, batch.events, strength, options.personal, {
            figuresKept: Boolean(options.keepExisting),
            pairSumsAfterFill: !options.keepExisting,
          }),
        );
      },
      onPage: (processed) => options.onProgress?.({ processed, total: Math.max(total, processed), skipped }),
    });
  const sums = () => sumPairSumsAfterFill((statement) => db.query(statement));
  const processed = options.keepExisting ? await replay() : await withIndexesBuiltAfterFill(db, 'public', replay, sums);
  await refreshReadModelStatistics(db);
  // Figures computed from the half-built models while the rebuild ran are not kept.
  if (!options.keepExisting) await db.query(`TRUNCATE ${snapshotTables.join(', ')}`);
  return { processed, total: Math.max(total, processed), skipped };
}

import type { PersonalDataAccess } from '@rapport/read-models';
import { toLatest, UnknownEventError, type RapportEvent } from '@rapport/contracts';
import type { StrengthParameters } from '@rapport/domain';
import type { Database, EventStore, SqlExecutor, StoredEvent } from '@rapport/event-store';
import { projectEvents, refreshReadModelStatistics, sumPairSumsAfterFill } from '@rapport/read-models';
import { replayLog, withIndexesBuiltAfterFill } from '../replay-log';
import { changesStoredPeople } from '../rebuild';
import { createShadow, dropShadowAndRetired, SHADOW_SCHEMA, swapShadowIn, useShadow } from './shadow-schema';

export interface VersionedRebuildOptions {
  readonly db: Database;
  readonly store: EventStore;
  readonly strength: StrengthParameters;
  readonly personal?: PersonalDataAccess;
  /** The projection version the rebuilt read models will be live as. */
  readonly projectionVersion: number;
  readonly pageSize?: number;
  readonly onProgress?: (processed: number, total: number) => Promise<void> | void;
  /** Checked between pages: true abandons the rebuild (the live models stay as they are). */
  readonly shouldStop?: () => boolean;
}

export class RebuildStoppedError extends Error {
  constructor() {
    super('the rebuild was stopped before it switched over');
    this.name = 'RebuildStoppedError';
  }
}

function readable(events: readonly StoredEvent[]): RapportEvent[] {
  const out: RapportEvent[] = [];
  for (const e of events) {
    try {
      out.push(toLatest(e));
    } catch (error) {
      if (!(error instanceof UnknownEventError)) throw error;
    }
  }
  return out;
}

/**
 * Rebuilds every read model from the event store beside the live ones and switches
 * over once caught up, so queries never see a half-built model:
 * 1. replay the read-model migrations into an empty shadow schema;
 * 2. project the whole log into it, page by page, reporting progress (the indexes only
 *    queries read and the pair sums are made once, at the end);
 * 3. catch up with what the live worker projected meanwhile (without a lock);
 * 4. in one transaction: lock the live processed-events table (live projection
 *    waits), catch up the last few events, move the live tables out and the shadow
 *    tables in, record the new projection version. Then drop the old tables.
 * Every event the live models had is in the new ones; events the new ones have
 * that the live worker has not seen yet are skipped by it later (same event ids).
 */
export async function rebuildBesideLive(options: VersionedRebuildOptions): Promise<{ processed: number; total: number; tables: string[] }> {
  const { db, store, strength, personal } = options;
  await createShadow(db);
  const total = await store.count();
  await options.onProgress?.(0, total);
  const sums = () =>
    sumPairSumsAfterFill((statement) =>
      db.transaction(async (tx) => {
        await useShadow(tx);
        await tx.query(statement);
      }),
    );
  const processed = await withIndexesBuiltAfterFill(
    db,
    SHADOW_SCHEMA,
    () =>
      replayLog({
        db,
        store,
        pageSize: options.pageSize ?? 2000,
        // The read models do not depend on arrival order: two pages are written at once.
        pagesAtOnce: 2,
        waitsForPagesBefore: changesStoredPeople,
        beforePage: () => {
          if (options.shouldStop?.()) throw new RebuildStoppedError();
        },
        project: (page) =>
          db.transaction(async (tx) => {
            await useShadow(tx);
            // The shadow tables are new and unread: no kept figure to make invalid, no pair sum read before the fill ends.
            await projectEvents(tx, readable(page), strength, personal, { figuresKept: false, pairSumsAfterFill: true });
          }),
        onPage: (n) => options.onProgress?.(n, Math.max(total, n)),
      }),
    sums,
  );
  // Filled tables have no statistics: gathered before queries read them.
  await refreshReadModelStatistics(db, SHADOW_SCHEMA);
  await db.transaction((tx) => catchUp(tx, strength, personal));
  const tables = await switchOver(db, strength, options.projectionVersion, personal);
  await dropShadowAndRetired(db);
  await options.onProgress?.(Math.max(total, processed), Math.max(total, processed));
  return { processed, total: Math.max(total, processed), tables };
}

/**
 * Projects into the shadow every event the live models have and the shadow lacks,
 * reading the log from the lowest such position (already projected events are skipped).
 */
async function catchUp(tx: SqlExecutor, strength: StrengthParameters, personal: PersonalDataAccess | undefined): Promise<void> {
  const { rows } = await tx.query<{ low: string | null }>(
    `SELECT min(live.global_position)::text AS low FROM public.rm_processed_events live
      WHERE NOT EXISTS (SELECT 1 FROM ${SHADOW_SCHEMA}.rm_processed_events s WHERE s.event_id = live.event_id)`,
  );
  const low = rows[0]?.low;
  if (low === null || low === undefined) return;
  let after = String(BigInt(low) - 1n);
  await useShadow(tx);
  for (;;) {
    const events = await readPage(tx, after);
    if (events.length === 0) break;
    await projectEvents(tx, readable(events), strength, personal, { figuresKept: false });
    after = events.at(-1)!.globalPosition;
  }
}

/** Reads the log through the transaction's own connection (PGlite has only one). */
async function readPage(tx: SqlExecutor, after: string): Promise<StoredEvent[]> {
  const { rows } = await tx.query<{ envelope: StoredEvent }>(
    `SELECT json_build_object('eventId', event_id, 'type', type, 'schemaVersion', schema_version, 'streamId', stream_id,
            'streamVersion', stream_version, 'occurredAt', occurred_at, 'recordedAt', recorded_at, 'actorId', actor_id,
            'correlationId', correlation_id, 'causationId', causation_id, 'globalPosition', global_position::text, 'data', data) AS envelope
       FROM public.events WHERE global_position > $1::bigint ORDER BY global_position LIMIT 2000`,
    [after],
  );
  return rows.map((r) => ({
    ...r.envelope,
    occurredAt: new Date(r.envelope.occurredAt).toISOString(),
    recordedAt: new Date(r.envelope.recordedAt).toISOString(),
  }));
}

async function switchOver(
  db: Database,
  strength: StrengthParameters,
  version: number,
  personal: PersonalDataAccess | undefined,
): Promise<string[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(async (tx) => {
        await tx.query('LOCK TABLE public.rm_processed_events IN EXCLUSIVE MODE');
        await catchUp(tx, strength, personal);
        await tx.query('SET LOCAL search_path TO public');
        const tables = await swapShadowIn(tx);
        await tx.query(`UPDATE public.projection_generation SET version = $1, switched_at = now()`, [version]);
        return tables;
      });
    } catch (error) {
      // A deadlock with a reader or the structural job aborts the switch as a whole: try again.
      if (attempt >= 3 || !/deadlock/i.test((error as Error).message)) throw error;
    }
  }
}

import type { RapportEvent } from '@rapport/contracts';
import type { StrengthParameters } from '@rapport/domain';
import type { SqlExecutor } from '@rapport/event-store';
import { plainTextOnly, type PersonalDataAccess } from './personal-text';
import { markProjectedBatch } from './projections-control/projection-marks';
import { ReadModelChanges } from './read-model-changes';
import { arrayLiteral } from './sql-arrays';

export interface ProjectOptions {
  /**
   * False when the tables being written are new and nobody reads them yet (a rebuild):
   * no figures can be kept from them, so none are made invalid. Default true.
   */
  readonly figuresKept?: boolean;
  /**
   * True while a rebuild fills new tables from the start of the log: contributions are
   * stored but not added to the pair sums, which sumPairSumsAfterFill adds up once the
   * fill is done (two GROUP BYs where every page upserted its pairs' totals both ways and
   * weeks). Nothing reads the pair sums meanwhile. Default false.
   */
  readonly pairSumsAfterFill?: boolean;
}

/** Events already projected are skipped: the processed ids are recorded in the same transaction, in one statement. */
async function claimUnprocessed(tx: SqlExecutor, events: readonly RapportEvent[]): Promise<Set<string>> {
  if (events.length === 0) return new Set();
  const { rows } = await tx.query<{ event_id: string }>(
    `INSERT INTO rm_processed_events (event_id, global_position)
     SELECT * FROM unnest($1::uuid[], $2::bigint[])
     ON CONFLICT DO NOTHING
     RETURNING event_id`,
    [arrayLiteral(events.map((e) => e.eventId)), arrayLiteral(events.map((e) => e.globalPosition ?? '0'))],
  );
  return new Set(rows.map((r) => r.event_id));
}

/**
 * Applies a batch of events to every read model inside the caller's transaction,
 * with an exactly-once effect. Returns how many events were new.
 *
 * A constant number of statements per batch: the processed ids are claimed in one,
 * then each read-model table is written with one multi-row statement
 * (ReadModelChanges), and the batch is counted in the projection stamp last. The
 * batch is sorted by table while the claim runs, on the likely guess that every event
 * is new; a redelivered batch is sorted again.
 * Events are facts: their content never makes this throw (invalid envelopes are
 * rejected earlier, by `toLatest`).
 */
export async function projectEvents(
  tx: SqlExecutor,
  events: readonly RapportEvent[],
  p: StrengthParameters,
  personal: PersonalDataAccess = plainTextOnly,
  options: ProjectOptions = {},
): Promise<number> {
  const claiming = claimUnprocessed(tx, events);
  claiming.catch(() => {}); // awaited below; this only keeps a failure during the sort from going unhandled
  const ifAllNew = new ReadModelChanges(events, p, options);
  const claimed = await claiming;
  if (claimed.size === 0) return 0;
  // A message delivered twice within the batch counts twice, as if applied one at a time.
  const fresh = events.filter((e) => claimed.has(e.eventId));
  const changes = fresh.length === events.length ? ifAllNew : new ReadModelChanges(fresh, p, options);
  await changes.write(tx, personal);
  await markProjectedBatch(tx);
  return claimed.size;
}

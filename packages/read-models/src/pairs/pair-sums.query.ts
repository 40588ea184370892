import { combinePairSums, pairSumsOf, weekStartOf, type PairSums, type StrengthParameters, type TieContribution } from '@rapport/domain';
import type { SqlExecutor } from '@rapport/event-store';
import { byCounterpart, CONTRIBUTION_COLUMNS, type ContributionRow } from '../tie-contributions.query';
import {
  packedPairsFrom,
  pairsFromPacked,
  pairSumColumnsRead,
  pairSumsFromRow,
  pairSumsOfRows,
  type PairSumsRow,
} from './pair-sums.columns';

/**
 * Every tie of a person as pair sums as of T (SPEC §6.2), read from precomputed rows:
 *
 * - a pair whose last contact is at or before T is its summary row as it stands;
 * - a pair in contact after T is its summary less its weeks from T's week on, plus its
 *   contributions of T's own week up to T; its last contact by T is the latest of
 *   those, or else the last contact of its latest earlier week.
 *
 * "Now" is one statement over the person's ties; a past T adds two, which read only
 * the pairs in contact since T. Pairs without a contribution by T are left out.
 */
export async function pairSumsAt(
  db: SqlExecutor,
  personId: string,
  asOf: number,
  p: StrengthParameters,
  counterpartId?: string,
): Promise<Map<string, PairSums>> {
  const { rows } = await db.query<PairSumsRow & { counterpart_id: string }>(
    `SELECT counterpart_id, ${pairSumColumnsRead} FROM rm_pair_summaries
      WHERE person_id = $1 ${counterpartId ? 'AND counterpart_id = $2' : ''}`,
    counterpartId ? [personId, counterpartId] : [personId],
  );
  return pairSumsBackTo(
    db,
    personId,
    rows.map((row) => [row.counterpart_id, pairSumsFromRow(row)] as const),
    asOf,
    p,
  );
}

/** What taking a person's pairs back to T reads beyond their summaries (pairSumsBackTo). */
export interface BackToT {
  /** Per pair in contact after T: its weeks from T's week on, added up, and the last contact of its latest week before. */
  readonly weeksSince: Map<string, { sums: PairSums; lastBefore: number | null }>;
  /** Per pair in contact after T: its contributions of T's week up to T. */
  readonly weekUpToT: Map<string, TieContribution[]>;
}

/**
 * SQL selecting, per pair of `person` in contact after `at`, its weeks from `weekStart` on
 * and the last contact before (one index range each). `summaries` is where the person's
 * summaries are read: the table, or a CTE holding them already.
 */
const weeksSinceSql = (person: string, at: string, weekStart: string, summaries: string) =>
  `SELECT s.counterpart_id, since.*, floor(extract(epoch FROM before.last_contact) * 1000)::float8 AS before_ms
     FROM ${summaries} s
     CROSS JOIN LATERAL (
       SELECT ${pairSumColumnsRead} FROM (
         SELECT ${pairSumsOfRows} FROM rm_pair_weeks d
          WHERE d.person_id = s.person_id AND d.counterpart_id = s.counterpart_id AND d.week_start >= ${weekStart}) AS summed) AS since
     LEFT JOIN LATERAL (
       SELECT w.last_contact FROM rm_pair_weeks w
        WHERE w.person_id = s.person_id AND w.counterpart_id = s.counterpart_id AND w.week_start < ${weekStart}
        ORDER BY w.week_start DESC LIMIT 1) AS before ON true
    WHERE s.person_id = ${person} AND s.last_contact > ${at}`;

/**
 * Columns (name → SQL of a scalar subquery) that read, beside a person's summaries in
 * one statement, what pairSumsBackTo needs for the pairs in contact after T: the uuid
 * `person`, the timestamptz `at` (T) and `weekStart` (T's week's start) are SQL
 * parameters; `summaries` is where the person's summaries are read (the table, or a CTE
 * of the statement holding them, so they are not read again). The weeks since T travel
 * packed in one text field (packedPairsFrom, with the last contact before in epoch
 * milliseconds, or nothing, before each pair's sums), T's week's contributions as JSON. For "now" no pair qualifies and they read
 * nothing.
 */
export const backToTColumns = (
  person: string,
  at: string,
  weekStart: string,
  summaries = 'rm_pair_summaries',
): Record<'weeks_since' | 'week_up_to_t', string> => ({
  weeks_since: `(SELECT ${packedPairsFrom('w', [`coalesce(w.before_ms::text, '')`], `coalesce(w.last_ms::text, '')`)}
     FROM (${weeksSinceSql(person, at, weekStart, summaries)}) w)`,
  week_up_to_t: `(SELECT json_agg(c) FROM (SELECT ${CONTRIBUTION_COLUMNS.split(',')
    .map((column) => `c.${column.trim()}`)
    .join(', ')}
       FROM ${summaries} s JOIN rm_tie_contributions c ON c.person_id = s.person_id AND c.counterpart_id = s.counterpart_id
        AND c.occurred_at >= ${weekStart} AND c.occurred_at <= ${at}
      WHERE s.person_id = ${person} AND s.last_contact > ${at}) c)`,
});

/** BackToT for every pair of the person in contact after T (one statement). */
async function backToT(db: SqlExecutor, personId: string, asOf: number): Promise<BackToT> {
  const columns = backToTColumns('$1::uuid', '$2::timestamptz', '$3::timestamptz');
  const { rows } = await db.query<{ weeks_since: string | null; week_up_to_t: ContributionRow[] | null }>(
    `SELECT ${columns.weeks_since} AS weeks_since, ${columns.week_up_to_t} AS week_up_to_t`,
    [personId, new Date(asOf).toISOString(), new Date(weekStartOf(asOf)).toISOString()],
  );
  return backToTFrom(rows[0]?.weeks_since ?? null, rows[0]?.week_up_to_t ?? null);
}

/** BackToT from what backToTColumns selected. */
export function backToTFrom(weeksSince: string | null, weekUpToT: ContributionRow[] | null): BackToT {
  return { weeksSince: weeksSinceByPair(weeksSince), weekUpToT: byCounterpart(weekUpToT ?? []) };
}

/**
 * A person's pair summaries, as they stand, taken back to T: those in contact after T
 * subtract their weeks since T's week and add T's week's contributions up to T (one
 * statement, only when there are such pairs, unless `read` already holds them); pairs
 * without a contribution by T are left out.
 */
export async function pairSumsBackTo(
  db: SqlExecutor,
  personId: string,
  summaries: Iterable<readonly [string, PairSums]>,
  asOf: number,
  p: StrengthParameters,
  read?: BackToT,
): Promise<Map<string, PairSums>> {
  const out = new Map<string, PairSums>();
  const later = new Map<string, PairSums>();
  for (const [counterpart, sums] of summaries) {
    if (sums.lastContact !== null && sums.lastContact > asOf) later.set(counterpart, sums);
    else out.set(counterpart, sums);
  }
  if (later.size === 0) return out;

  const { weeksSince: since, weekUpToT: thisWeek } = read ?? (await backToT(db, personId, asOf));
  for (const [counterpart, summary] of later) {
    const weeks = since.get(counterpart);
    const atWeekStart = weeks ? combinePairSums(summary, weeks.sums, -1) : summary;
    const untilT = pairSumsOf(personId, counterpart, thisWeek.get(counterpart) ?? [], asOf, p);
    const sums = combinePairSums(atWeekStart, untilT, 1);
    if (sums.contributions > 0) out.set(counterpart, { ...sums, lastContact: untilT.lastContact ?? weeks?.lastBefore ?? null });
  }
  return out;
}

/** The weeks since T by counterpart, from backToTColumns' packed weeks_since. */
function weeksSinceByPair(packed: string | null): Map<string, { sums: PairSums; lastBefore: number | null }> {
  return new Map(
    pairsFromPacked(packed, 1).map(({ counterpartId, fields: [before], sums }) => [
      counterpartId,
      { sums, lastBefore: before === '' ? null : Number(before) },
    ]),
  );
}

/** The summaries of several people's ties as they stand (every contribution), by person and counterpart. */
export async function pairSummariesOf(db: SqlExecutor, personIds: readonly string[]): Promise<Map<string, Map<string, PairSums>>> {
  const out = new Map<string, Map<string, PairSums>>();
  if (personIds.length === 0) return out;
  const { rows } = await db.query<PairSumsRow & { person_id: string; counterpart_id: string }>(
    `SELECT person_id, counterpart_id, ${pairSumColumnsRead} FROM rm_pair_summaries WHERE person_id = ANY($1::uuid[])`,
    [personIds],
  );
  for (const row of rows) {
    let ties = out.get(row.person_id);
    if (!ties) out.set(row.person_id, (ties = new Map()));
    ties.set(row.counterpart_id, pairSumsFromRow(row));
  }
  return out;
}

import { combinePairSums, pairSumsOf, weekStartOf, type PairSums, type StrengthParameters } from '@rapport/domain';
import type { SqlExecutor } from '@rapport/event-store';
import { contributionsOfPairs } from '../tie-contributions.query';
import { pairSumColumnsRead, pairSumsFromRow, pairSumsOfRows, type PairSumsRow } from './pair-sums.columns';

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
  return pairSumsBackTo(db, personId, rows.map((row) => [row.counterpart_id, pairSumsFromRow(row)] as const), asOf, p);
}

/**
 * A person's pair summaries, as they stand, taken back to T: those in contact after T
 * read their weeks since T's week and T's week's contributions (two statements, only
 * when there are such pairs); pairs without a contribution by T are left out.
 */
export async function pairSumsBackTo(
  db: SqlExecutor,
  personId: string,
  summaries: Iterable<readonly [string, PairSums]>,
  asOf: number,
  p: StrengthParameters,
): Promise<Map<string, PairSums>> {
  const out = new Map<string, PairSums>();
  const later = new Map<string, PairSums>();
  for (const [counterpart, sums] of summaries) {
    if (sums.lastContact !== null && sums.lastContact > asOf) later.set(counterpart, sums);
    else out.set(counterpart, sums);
  }
  if (later.size === 0) return out;

  const weekStart = weekStartOf(asOf);
  const counterparts = [...later.keys()];
  const [since, thisWeek] = await Promise.all([
    weeksSince(db, personId, counterparts, weekStart),
    contributionsOfPairs(db, personId, counterparts, weekStart, asOf),
  ]);
  for (const [counterpart, summary] of later) {
    const weeks = since.get(counterpart);
    const atWeekStart = weeks ? combinePairSums(summary, weeks.sums, -1) : summary;
    const untilT = pairSumsOf(personId, counterpart, thisWeek.get(counterpart) ?? [], asOf, p);
    const sums = combinePairSums(atWeekStart, untilT, 1);
    if (sums.contributions > 0) out.set(counterpart, { ...sums, lastContact: untilT.lastContact ?? weeks?.lastBefore ?? null });
  }
  return out;
}

/** Per pair: its weeks from `weekStart` on, added up, and the last contact of its latest week before (one index range each). */
async function weeksSince(
  db: SqlExecutor,
  personId: string,
  counterparts: readonly string[],
  weekStart: number,
): Promise<Map<string, { sums: PairSums; lastBefore: number | null }>> {
  const { rows } = await db.query<PairSumsRow & { counterpart_id: string; before_ms: number | null }>(
    `SELECT x.counterpart_id, since.*, floor(extract(epoch FROM before.last_contact) * 1000)::float8 AS before_ms
       FROM unnest($2::uuid[]) AS x(counterpart_id)
       CROSS JOIN LATERAL (
         SELECT ${pairSumColumnsRead} FROM (
           SELECT ${pairSumsOfRows} FROM rm_pair_weeks d
            WHERE d.person_id = $1 AND d.counterpart_id = x.counterpart_id AND d.week_start >= $3) AS summed) AS since
       LEFT JOIN LATERAL (
         SELECT w.last_contact FROM rm_pair_weeks w
          WHERE w.person_id = $1 AND w.counterpart_id = x.counterpart_id AND w.week_start < $3
          ORDER BY w.week_start DESC LIMIT 1) AS before ON true`,
    [personId, counterparts, new Date(weekStart).toISOString()],
  );
  return new Map(rows.map((r) => [r.counterpart_id, { sums: pairSumsFromRow(r), lastBefore: r.before_ms === null ? null : Number(r.before_ms) }]));
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

/** Some of a person's pair summaries as they stand, by counterpart (one statement). */
export async function pairSummariesWith(db: SqlExecutor, personId: string, counterparts: readonly string[]): Promise<Array<readonly [string, PairSums]>> {
  const { rows } = await db.query<PairSumsRow & { counterpart_id: string }>(
    `SELECT counterpart_id, ${pairSumColumnsRead} FROM rm_pair_summaries WHERE person_id = $1 AND counterpart_id = ANY($2::uuid[])`,
    [personId, counterparts],
  );
  return rows.map((row) => [row.counterpart_id, pairSumsFromRow(row)] as const);
}

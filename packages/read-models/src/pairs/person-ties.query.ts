import type { PairSums, PersonProfile, StrengthParameters } from '@rapport/domain';
import type { SqlExecutor } from '@rapport/event-store';
import { PROFILE_COLUMNS, profileFromRow, type ProfileRow } from '../structure/organisation.query';
import { noPairSumColumns, pairSumColumnsReadFrom, pairSumsFromRow, type PairSumsRow } from './pair-sums.columns';
import { pairSumsBackTo } from './pair-sums.query';

/** A person, their ties as pair sums as of T, and the profiles of the counterparts. */
export interface PersonTies {
  readonly person: PersonProfile;
  /** By counterpart; pairs without a contribution by T are left out. */
  readonly sums: Map<string, PairSums>;
  readonly counterparts: Map<string, PersonProfile>;
}

const qualified = (alias: string) =>
  PROFILE_COLUMNS
    .split(', ')
    .map((column) => `${alias}.${column}`)
    .join(', ');

/**
 * What a person's network answer reads, in one statement for "now":
 * the person's own profile and each of their pair summaries with the counterpart's
 * profile. An unknown person is null. A T before some pair's last contact adds the two
 * statements of pairSumsBackTo, over those pairs only.
 */
export async function personTiesAt(
  db: SqlExecutor,
  personId: string,
  asOf: number,
  p: StrengthParameters,
): Promise<PersonTies | null> {
  const { rows } = await db.query<ProfileRow & Partial<PairSumsRow> & { own: boolean; counterpart_id: string | null }>(
    `SELECT false AS own, s.counterpart_id, ${qualified('cp')}, ${pairSumColumnsReadFrom('s')}
       FROM rm_pair_summaries s LEFT JOIN rm_people cp ON cp.person_id = s.counterpart_id
      WHERE s.person_id = $1
     UNION ALL
     SELECT true, NULL, ${qualified('p')}, ${noPairSumColumns} FROM rm_people p WHERE p.person_id = $1`,
    [personId],
  );
  const own = rows.find((row) => row.own);
  if (!own) return null;
  const profiles = new Map<string, PersonProfile>();
  const summaries: Array<readonly [string, PairSums]> = [];
  for (const row of rows) {
    if (row.own || row.counterpart_id === null) continue;
    // A counterpart not (yet) registered has sums and no profile.
    if (row.person_id !== null) profiles.set(row.counterpart_id, profileFromRow(row));
    summaries.push([row.counterpart_id, pairSumsFromRow(row as PairSumsRow)]);
  }
  return { person: profileFromRow(own), sums: await pairSumsBackTo(db, personId, summaries, asOf, p), counterparts: profiles };
}

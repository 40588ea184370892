import { leastActiveEpochWeightSum, weekStartOf, type PairSums, type PersonProfile, type StrengthParameters } from '@rapport/domain';
import type { SqlExecutor } from '@rapport/event-store';
import type { KeptPersonalText } from '../personal-text';
import { PEOPLE_STATE_SQL } from '../managers/reporting-lines';
import { knownProfiles } from '../structure/known-profiles';
import { openedNames, PROFILE_COLUMNS, profileFromRow, type ProfileRow } from '../structure/organisation.query';
import { packedPairsFrom, pairsFromPacked } from './pair-sums.columns';
import { backToTColumns, backToTFrom, pairSumsBackTo } from './pair-sums.query';

/** A person, their ties as pair sums as of T, and the profiles of the counterparts. */
export interface PersonTies {
  readonly person: PersonProfile;
  /** By counterpart; pairs without a contribution by T are left out (and, read for active ties, those that cannot be). */
  readonly sums: Map<string, PairSums>;
  readonly counterparts: Map<string, PersonProfile>;
}

/** The profile columns of the row `alias`, expertise as a JSON array (parsed natively, where a text[] is parsed character by character). */
const qualified = (alias: string) =>
  PROFILE_COLUMNS.split(', ')
    .map((column) => (column === 'expertise' ? `array_to_json(${alias}.expertise) AS expertise` : `${alias}.${column}`))
    .join(', ');

type BackToTColumns = { weeks_since: Parameters<typeof backToTFrom>[0]; week_up_to_t: Parameters<typeof backToTFrom>[1] };

/** The row of the person-ties statement: the person's profile, their ties packed, and what else the answer reads. */
export type PersonTiesRow<Extra extends Record<string, unknown> = Record<string, never>> = ProfileRow & {
  /** Every tie, packed (packedPairsFrom); null for none. */
  packed_ties: string | null;
  /** The name of the people's state the statement read (KnownProfiles). */
  people_state?: string | null;
} & Partial<BackToTColumns & Extra>;

/**
 * The statement reading a person ($1) and their pair summaries as of T ($2,
 * timestamptz; $3 is the start of T's week) as one row: the person's profile, every tie
 * packed in one text field (packedPairsFrom:
 * PostgreSQL writes plain text for a fraction of what building JSON of them costs, and
 * the driver decodes one field where a row per tie would be twenty), the name of the
 * people's state (the counterparts' profiles are then taken from KnownProfiles) and what
 * taking pairs in contact after T back to T needs (nothing for "now"). `extraColumns`
 * are more columns, each a name and its SQL expression, so one round trip can carry
 * what else an answer needs. No row: no such person.
 *
 * `ties` 'possiblyActive' leaves out the pairs that cannot be active at T (S ≥ 10): those
 * in contact by T whose epoch weights add up to less than $4
 * (personTiesParameters with `p`, leastActiveEpochWeightSum). An answer made of active
 * ties alone (the network's) then reads, scores and profiles only the ties that count,
 * however many faded ones a long history left behind.
 */
export function personTiesStatement(extraColumns: Readonly<Record<string, string>> = {}, ties: 'all' | 'possiblyActive' = 'all'): string {
  const columns = {
    ...backToTColumns('$1::uuid', '$2::timestamptz', '$3::timestamptz', 'ties'),
    people_state: PEOPLE_STATE_SQL,
    ...extraColumns,
  };
  const more = Object.entries(columns)
    .map(([name, sql]) => `, ${sql} AS ${name}`)
    .join('');
  const possiblyActive =
    ties === 'possiblyActive'
      ? ` AND (last_contact > $2::timestamptz OR w_interaction + w_help + w_introduction + w_thank_you >= $4::float8)`
      : '';
  return `WITH ties AS MATERIALIZED (SELECT * FROM rm_pair_summaries WHERE person_id = $1${possiblyActive})
     SELECT ${qualified('p')},
            (SELECT ${packedPairsFrom('s')} FROM ties s) AS packed_ties${more}
       FROM rm_people p WHERE p.person_id = $1`;
}

/**
 * The parameters of personTiesStatement: the person, T and the start of T's week; with
 * `p`, for the statement of possibly active ties, the least epoch-weight sum of a tie
 * active at T.
 */
export const personTiesParameters = (personId: string, asOf: number, p?: StrengthParameters): Array<string | number> => [
  personId,
  new Date(asOf).toISOString(),
  new Date(weekStartOf(asOf)).toISOString(),
  ...(p ? [leastActiveEpochWeightSum(asOf, p)] : []),
];

/**
 * A person's ties as of T from what personTiesStatement read (no row: an unknown
 * person, null), the counterparts' profiles from KnownProfiles (a statement only for
 * those it does not hold). Names are opened when `names` is given (else each is ''): no
 * further statement once their keys are cached.
 */
export async function personTiesFromRows<Extra extends Record<string, unknown>>(
  db: SqlExecutor,
  personId: string,
  rows: readonly PersonTiesRow<Extra>[],
  asOf: number,
  p: StrengthParameters,
  names: KeptPersonalText | null,
): Promise<(PersonTies & { readonly own: PersonTiesRow<Extra> }) | null> {
  const own = rows[0];
  if (!own) return null;
  const summaries = pairsFromPacked(own.packed_ties).map(({ counterpartId, sums }) => [counterpartId, sums] as const);
  // A counterpart not (yet) registered has sums and no profile.
  const counterpartRows = await knownProfiles.rowsOf(
    db,
    own.people_state ?? null,
    summaries.map(([id]) => id),
  );
  const profiled: ProfileRow[] = [own, ...counterpartRows.values()];
  const opened = names ? await openedNames(db, names, profiled) : null;
  const nameOf = new Map(opened ? profiled.map((row, i) => [row, opened[i]!] as const) : []);
  const profiles = new Map<string, PersonProfile>();
  for (const [id, row] of counterpartRows) profiles.set(id, profileFromRow(row, nameOf.get(row) ?? ''));
  const read = backToTFrom(own.weeks_since ?? null, own.week_up_to_t ?? null);
  return {
    own,
    person: profileFromRow(own, nameOf.get(own) ?? ''),
    sums: await pairSumsBackTo(db, personId, summaries, asOf, p, read),
    counterparts: profiles,
  };
}

const statement = personTiesStatement();

/**
 * What a person's ties answer reads, in one statement for any T: the person's own
 * profile and each of their pair summaries with the counterpart's profile, taken back
 * to T. An unknown person is null.
 */
export async function personTiesAt(
  db: SqlExecutor,
  personId: string,
  asOf: number,
  p: StrengthParameters,
  names: KeptPersonalText | null,
): Promise<PersonTies | null> {
  const { rows } = await db.query<PersonTiesRow>(statement, personTiesParameters(personId, asOf));
  return personTiesFromRows(db, personId, rows, asOf, p, names);
}

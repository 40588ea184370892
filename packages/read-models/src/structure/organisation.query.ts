import type { PersonProfile } from '@rapport/domain';
import type { SqlExecutor } from '@rapport/event-store';
import { ERASED_PERSON_NAME, type KeptPersonalText } from '../personal-text';
import { contributedBy } from '../pairs/contributed-by';

/** The rm_people columns a profile is made of, in one order. */
export const PROFILE_COLUMNS = 'person_id, display_name, department, function, location, seniority, expertise';

/** People's profiles by person id. */
export type ProfilesById = Map<string, PersonProfile>;

export interface ProfileRow extends Record<string, unknown> {
  person_id: string;
  display_name: string;
  department: string;
  function: string;
  location: string;
  seniority: number;
  expertise: string[];
}

/**
 * The people of the organisation as of T (everyone when T is null): registered by T, or
 * already in a recorded interaction by T (imports register people after the fact).
 * Profiles are the current ones (profile changes are not yet read as of T). Names are
 * opened only when `names` is given (computing structure needs none).
 */
export async function organisationProfiles(db: SqlExecutor, asOf: number | null, names: KeptPersonalText | null): Promise<ProfilesById> {
  const { rows } = await db.query<ProfileRow>(
    `SELECT ${PROFILE_COLUMNS}
       FROM rm_people p
      WHERE $1::timestamptz IS NULL OR p.registered_at <= $1
         OR (p.registered_at > $1 AND ${contributedBy('p.person_id', '$1')})
      ORDER BY person_id`,
    [asOf === null ? null : new Date(asOf).toISOString()],
  );
  return profilesFrom(db, rows, names);
}

/** The profiles of just these people (a person and their counterparts). */
export async function profilesOf(db: SqlExecutor, personIds: readonly string[], names: KeptPersonalText | null): Promise<ProfilesById> {
  if (personIds.length === 0) return new Map();
  const { rows } = await db.query<ProfileRow>(`SELECT ${PROFILE_COLUMNS} FROM rm_people WHERE person_id = ANY($1::uuid[])`, [personIds]);
  return profilesFrom(db, rows, names);
}

/** The profiles of these rows, names opened when `names` is given (else each name is ''). */
export async function profilesFrom(db: SqlExecutor, rows: readonly ProfileRow[], names: KeptPersonalText | null): Promise<ProfilesById> {
  const opened = names ? await openedNames(db, names, rows) : null;
  return new Map(rows.map((r, i) => [r.person_id, profileFromRow(r, opened?.[i] ?? '')]));
}

/**
 * The names kept in these rm_people rows (sealed, docs/privacy.md), opened in one go:
 * keys come from a cache, and only the ones it lacks are read (one statement).
 */
export async function openedNames(
  db: SqlExecutor,
  names: KeptPersonalText,
  rows: readonly { person_id: string; display_name: string }[],
): Promise<string[]> {
  const opened = await names.openAll(
    db,
    rows.map((r) => [r.person_id, r.display_name] as const),
  );
  return opened.map((name) => name ?? ERASED_PERSON_NAME);
}

/** A person's profile from their rm_people columns and their name, opened. */
export function profileFromRow(r: ProfileRow, displayName: string): PersonProfile {
  return {
    personId: r.person_id,
    displayName,
    department: r.department,
    function: r.function,
    location: r.location,
    seniority: Number(r.seniority),
    expertise: r.expertise,
  };
}

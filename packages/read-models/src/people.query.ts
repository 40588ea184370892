import type { PersonView } from '@rapport/contracts';
import type { SqlExecutor } from '@rapport/event-store';
import { normalisedEmail } from '@rapport/personal-data';
import { erasedEmail, ERASED_PERSON_NAME, type KeptPersonalText } from './personal-text';

interface PersonRow extends Record<string, unknown> {
  person_id: string;
  display_name: string;
  email: string;
  department: string;
  function: string;
  location: string;
  seniority: number;
  expertise: string[];
  manager_id: string | null;
  version: number;
  registered_at: Date | string;
}

const toView = (r: PersonRow, displayName: string, email: string): PersonView => ({
  personId: r.person_id,
  displayName,
  email,
  department: r.department,
  function: r.function,
  location: r.location,
  seniority: Number(r.seniority),
  expertise: r.expertise,
  managerId: r.manager_id,
  registeredAt: new Date(r.registered_at).toISOString(),
  version: Number(r.version),
});

const columns = `person_id, display_name, email, department, function, location, seniority, expertise,
                 manager_id, version, registered_at`;

/** The people of these rows, their names and e-mails opened (one openAll for the lot). */
async function viewsOf(db: SqlExecutor, names: KeptPersonalText, rows: readonly PersonRow[]): Promise<PersonView[]> {
  const opened = await names.openAll(
    db,
    rows.flatMap(
      (r) =>
        [
          [r.person_id, r.display_name],
          [r.person_id, r.email],
        ] as const,
    ),
  );
  return rows.map((r, i) => toView(r, opened[2 * i] ?? ERASED_PERSON_NAME, opened[2 * i + 1] ?? erasedEmail(r.person_id)));
}

export async function personById(db: SqlExecutor, names: KeptPersonalText, personId: string): Promise<PersonView | null> {
  const { rows } = await db.query<PersonRow>(`SELECT ${columns} FROM rm_people WHERE person_id = $1`, [personId]);
  return (await viewsOf(db, names, rows))[0] ?? null;
}

/**
 * SQL: the person of `alias.person_id` has not been erased. Erasure is written with
 * the erasing event, in its transaction (`erased_people`, personal-data), so an erased
 * person leaves every list at once, not when the read models catch up.
 */
export const notErasedSql = (alias: string): string =>
  `NOT EXISTS (SELECT 1 FROM erased_people erased WHERE erased.person_id = ${alias}.person_id)`;

/** Whether a person is registered, has been erased, or is not known at all (one statement). */
export async function personStanding(db: SqlExecutor, personId: string): Promise<'registered' | 'erased' | 'unknown'> {
  const { rows } = await db.query<{ known: boolean; erased: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM rm_people WHERE person_id = $1) AS known,
            EXISTS (SELECT 1 FROM erased_people WHERE person_id = $1) AS erased`,
    [personId],
  );
  return rows[0]?.erased ? 'erased' : rows[0]?.known ? 'registered' : 'unknown';
}

/** Whether the read models know this person (registered, erased or not). */
export async function isKnownPerson(db: SqlExecutor, personId: string): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM rm_people WHERE person_id = $1', [personId]);
  return rows.length > 0;
}

/**
 * A page of people ordered by id, erased people left out; `after` is the last id of the previous page. An
 * e-mail is looked up by its keyed digest (the address itself is kept sealed), and the
 * opened address is compared again, so a digest that two addresses share finds only
 * the right person.
 */
export async function listPeople(
  db: SqlExecutor,
  names: KeptPersonalText,
  options: { limit: number; after?: string; department?: string; email?: string },
): Promise<{ items: PersonView[]; last: string | null; more: boolean }> {
  const { rows } = await db.query<PersonRow>(
    `SELECT ${columns} FROM rm_people
      WHERE ($1::uuid IS NULL OR person_id > $1::uuid) AND ($2::text IS NULL OR department = $2)
        AND ($4::text IS NULL OR email_index = decode($4, 'hex')) AND ${notErasedSql('rm_people')}
      ORDER BY person_id LIMIT $3`,
    [
      options.after ?? null,
      options.department ?? null,
      options.limit + 1,
      options.email === undefined ? null : names.emailIndex(options.email).toString('hex'),
    ],
  );
  const more = rows.length > options.limit;
  const wanted = options.email === undefined ? undefined : normalisedEmail(options.email);
  const items = (await viewsOf(db, names, rows.slice(0, options.limit))).filter(
    (p) => wanted === undefined || normalisedEmail(p.email) === wanted,
  );
  return { items, last: items.at(-1)?.personId ?? null, more };
}

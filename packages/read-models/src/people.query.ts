import type { PersonView } from '@rapport/contracts';
import type { SqlExecutor } from '@rapport/event-store';

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

const toView = (r: PersonRow): PersonView => ({
  personId: r.person_id,
  displayName: r.display_name,
  email: r.email,
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

export async function personById(db: SqlExecutor, personId: string): Promise<PersonView | null> {
  const { rows } = await db.query<PersonRow>(`SELECT ${columns} FROM rm_people WHERE person_id = $1`, [personId]);
  return rows[0] ? toView(rows[0]) : null;
}

/** A page of people ordered by id; `after` is the last id of the previous page. */
export async function listPeople(
  db: SqlExecutor,
  options: { limit: number; after?: string; department?: string; email?: string },
): Promise<{ items: PersonView[]; last: string | null; more: boolean }> {
  const { rows } = await db.query<PersonRow>(
    `SELECT ${columns} FROM rm_people
      WHERE ($1::uuid IS NULL OR person_id > $1::uuid) AND ($2::text IS NULL OR department = $2)
        AND ($4::text IS NULL OR lower(email) = lower($4))
      ORDER BY person_id LIMIT $3`,
    [options.after ?? null, options.department ?? null, options.limit + 1, options.email ?? null],
  );
  const more = rows.length > options.limit;
  const items = rows.slice(0, options.limit).map(toView);
  return { items, last: items.at(-1)?.personId ?? null, more };
}

import type { OrganisationCategories } from '@rapport/domain';
import type { SqlExecutor } from '@rapport/event-store';
import { PROJECTION_LANES_SQL } from '../projections-control/projection-marks';
import { contributedBy } from '../pairs/contributed-by';

/**
 * The categories of the organisation (SPEC §6.3's K_d): every department, function,
 * location, seniority and expertise tag some person's current profile holds, one row
 * each with the earliest registration among its holders, kept by the people projection.
 * A category counts as of T when one of its holders was registered by T, or, registered
 * later (imports register people after their history), was already in a contribution by
 * T: one statement over a few rows, looking at people only for categories nobody held
 * by registration at T.
 */
export const organisationCategoriesMigration = {
  id: '006_organisation_categories',
  sql: `
    CREATE TABLE rm_organisation_categories (
      dimension text NOT NULL,
      category text NOT NULL,
      registered_since timestamptz NOT NULL,
      PRIMARY KEY (dimension, category)
    );
    CREATE INDEX rm_people_registered ON rm_people (registered_at);
    ${categoriesOfPeople('true')};
  `,
};

export const organisationCategoriesTables = ['rm_organisation_categories'] as const;

/** SQL: whether person `p` holds category `c`. */
const HOLDS = `CASE c.dimension WHEN 'department' THEN p.department = c.category WHEN 'function' THEN p.function = c.category
  WHEN 'location' THEN p.location = c.category WHEN 'seniority' THEN p.seniority::text = c.category ELSE c.category = ANY(p.expertise) END`;

/** INSERT of the categories held by the people `where` selects (alias `p`), each kept with its earliest registration. */
function categoriesOfPeople(where: string): string {
  return `INSERT INTO rm_organisation_categories AS k (dimension, category, registered_since)
    SELECT dimension, category, min(registered_at) FROM (
      SELECT d.dimension, d.category, p.registered_at FROM rm_people p
       CROSS JOIN LATERAL (VALUES ('department', p.department), ('function', p.function), ('location', p.location),
                                  ('seniority', p.seniority::text)) AS d(dimension, category)
       WHERE ${where}
      UNION ALL
      SELECT 'expertise', tag, p.registered_at FROM rm_people p, unnest(p.expertise) AS tag WHERE ${where}) AS held
     GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (dimension, category) DO UPDATE SET registered_since = least(k.registered_since, excluded.registered_since)`;
}

/**
 * Keeps the categories after a batch's changes to rm_people: registrations only add
 * (one statement over the people registered); a profile change can take the last
 * holder away from a category, so the rows are counted again from every person.
 *
 * Counting again first locks the table against other writers of it (SHARE ROW
 * EXCLUSIVE: another batch counting again, or adding registrations, waits until this
 * one commits), so the count reads every person as the batches before it left them.
 * Without it, two batches changing profiles at once each counted from people as they
 * were when its statement began: the later one could neither see the rows the earlier
 * one wrote nor the earlier one its change, and a category whose last holder moved away
 * stayed.
 */
export async function keepOrganisationCategories(tx: SqlExecutor, registered: readonly string[], profilesChanged: boolean): Promise<void> {
  if (profilesChanged) {
    await tx.query('LOCK TABLE rm_organisation_categories IN SHARE ROW EXCLUSIVE MODE');
    await tx.query('DELETE FROM rm_organisation_categories');
    await tx.query(categoriesOfPeople('true'));
  } else if (registered.length > 0) {
    await tx.query(categoriesOfPeople('p.person_id = ANY($1::uuid[])'), [registered]);
  }
}

/** K_d for every dimension as of T, from the kept categories (one statement). */
export async function organisationCategoriesAt(db: SqlExecutor, asOf: number): Promise<OrganisationCategories> {
  const { rows } = await db.query<{ categories: KeptCategories | null }>(`SELECT ${categoriesAsOf('$1')} AS categories`, [
    new Date(asOf).toISOString(),
  ]);
  return categoriesFromKept(rows[0]?.categories ?? null);
}

/** The kept categories as of T as one JSON object, by dimension (what categoriesAsOf selects). */
export type KeptCategories = Partial<Record<keyof OrganisationCategories, string[]>>;

/**
 * SQL of a scalar subquery: the categories counting as of the timestamptz parameter `at`,
 * as a JSON object of arrays by dimension (null when there are none). A statement that
 * reads other things as of T selects it beside them.
 */
export const categoriesAsOf = (at: string): string =>
  `(SELECT json_object_agg(k.dimension, k.categories) FROM (
      SELECT c.dimension, array_agg(c.category) AS categories FROM rm_organisation_categories c
       WHERE c.registered_since <= ${at}
          OR EXISTS (SELECT 1 FROM rm_people p
                      WHERE p.registered_at > ${at} AND (${HOLDS})
                        AND ${contributedBy('p.person_id', at)})
       GROUP BY c.dimension) k)`;

export function categoriesFromKept(kept: KeptCategories | null): OrganisationCategories {
  const set = (dimension: keyof OrganisationCategories) => new Set(kept?.[dimension] ?? []);
  return {
    department: set('department'),
    function: set('function'),
    location: set('location'),
    seniority: set('seniority'),
    expertise: set('expertise'),
  };
}

/**
 * K_d as of T counted from the people: the distinct departments, functions, locations,
 * seniorities and expertise tags of those registered by T or already in a recorded
 * interaction by T. The reference the kept categories are tested against.
 */
export async function organisationCategoriesFromPeople(db: SqlExecutor, asOf: number): Promise<OrganisationCategories> {
  const { rows } = await db.query<{
    department: string[];
    function: string[];
    location: string[];
    seniority: string[];
    expertise: string[] | null;
  }>(
    `WITH org AS (
       SELECT department, function, location, seniority, expertise FROM rm_people p
        WHERE p.registered_at <= $1
           OR (p.registered_at > $1 AND ${contributedBy('p.person_id', '$1')}))
     SELECT array_agg(DISTINCT department) AS department, array_agg(DISTINCT function) AS function,
            array_agg(DISTINCT location) AS location, array_agg(DISTINCT seniority::text) AS seniority,
            (SELECT array_agg(DISTINCT tag) FROM org, unnest(org.expertise) AS tag) AS expertise
       FROM org`,
    [new Date(asOf).toISOString()],
  );
  const r = rows[0];
  const set = (values: string[] | null | undefined) => new Set((values ?? []).filter((v) => v !== null));
  return {
    department: set(r?.department),
    function: set(r?.function),
    location: set(r?.location),
    seniority: set(r?.seniority),
    expertise: set(r?.expertise),
  };
}

/**
 * The organisation's categories as of named instants, remembered in this process under
 * the projection's lanes. A statement selects `columns()`: the lanes, which change with
 * every projected batch; the categories as of T are computed (one more statement) only
 * when a batch was projected since this process remembered them for T, so a query for a
 * named past instant — whose categories may look at every person registered after it,
 * for back-dated imports — pays for them once per projected change, not once per request.
 * (Selected in the same statement, they made PostgreSQL plan it anew on every request.)
 */
export class CategoriesByInstant {
  private readonly known = new Map<number, { readonly key: string; readonly categories: OrganisationCategories }>();

  constructor(private readonly max = 256) {}

  /** Column `lanes`: the projection's lanes as the statement reads them. */
  static columns(): Record<'lanes', string> {
    return { lanes: PROJECTION_LANES_SQL };
  }

  /**
   * The categories as of T, remembered under `lanes` and the people's state (both read by
   * the statement) or computed now and remembered. Nothing is remembered while either is
   * empty (read models emptied, or not yet projected): a lane's count starts again after
   * emptying, the people's state under a token drawn anew.
   */
  async at(db: SqlExecutor, asOf: number, lanes: string, peopleState: string | null): Promise<OrganisationCategories> {
    if (lanes === '' || peopleState === null) return organisationCategoriesAt(db, asOf);
    const key = `${lanes}|${peopleState}`;
    const known = this.known.get(asOf);
    if (known && known.key === key) return known.categories;
    const categories = await organisationCategoriesAt(db, asOf);
    this.known.delete(asOf);
    this.known.set(asOf, { key, categories });
    if (this.known.size > this.max) this.known.delete(this.known.keys().next().value!);
    return categories;
  }
}

/** Every department some person holds now, whatever the instant: one colour each in the app, the same at every `asOf`. */
export async function organisationDepartments(db: SqlExecutor): Promise<string[]> {
  const { rows } = await db.query<{ category: string }>(
    `SELECT category FROM rm_organisation_categories WHERE dimension = 'department' ORDER BY category COLLATE "C"`,
  );
  return rows.map((r) => r.category);
}

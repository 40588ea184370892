import type { OrganisationCategories } from '@rapport/domain';
import type { SqlExecutor } from '@rapport/event-store';
import { PEOPLE_STATE_SQL } from '../managers/reporting-lines';
import { categoriesAsOf, categoriesFromKept, organisationCategoriesAt, type KeptCategories } from './organisation-categories';

interface Held {
  readonly state: string;
  readonly categories: OrganisationCategories;
  /** The latest registration a category is kept with. */
  readonly latestSince: number;
}

/**
 * The organisation's categories as of now, held in this process under the name of the
 * people's state (reporting-lines.ts). The kept categories change only in a batch that
 * changes people, which names a new state. As of T they are every kept category whose
 * earliest holder was registered by T (and, for one registered later, a look at
 * contributions): when every kept category's registration is at or before T, as it is
 * for "now", they are all of them, read from memory; otherwise they are read as of T.
 */
export class CategoriesNow {
  private held: Held | null = null;

  /** The categories as of `asOf` (now), for the people's state the caller's statement read. */
  async at(db: SqlExecutor, state: string | null, asOf: number): Promise<OrganisationCategories> {
    let held = state !== null && this.held?.state === state ? this.held : null;
    if (!held) {
      // Every kept category (as of the end of time), and the latest first registration among them.
      const { rows } = await db.query<{ state: string | null; categories: KeptCategories | null; latest_ms: number | null }>(
        `SELECT ${PEOPLE_STATE_SQL} AS state,
                ${categoriesAsOf(`'infinity'::timestamptz`)} AS categories,
                (SELECT ceil(extract(epoch FROM max(registered_since)) * 1000)::float8 FROM rm_organisation_categories) AS latest_ms`,
      );
      const row = rows[0]!;
      const read = {
        state: row.state ?? '',
        categories: categoriesFromKept(row.categories),
        latestSince: Number(row.latest_ms ?? -Infinity),
      };
      if (row.state !== null && row.state === state) this.held = read;
      held = read;
    }
    return held.latestSince <= asOf ? held.categories : organisationCategoriesAt(db, asOf);
  }
}

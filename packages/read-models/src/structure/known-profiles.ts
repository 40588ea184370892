import type { SqlExecutor } from '@rapport/event-store';
import { PEOPLE_STATE_SQL } from '../managers/reporting-lines';
import { PROFILE_COLUMNS, type ProfileRow } from './organisation.query';

/** At most this many rows are held; past it, the held rows are let go and read again as asked. */
const MOST_HELD = 200_000;

/**
 * People's rm_people rows (names still sealed) held in this process under the name of
 * the people's state (reporting-lines.ts): every batch that registers, changes or erases
 * someone names a new state, and the rows held under the old name are let go. A person
 * answer reads the state's name in its own statement and takes its counterparts' rows
 * from here, so its statement reads the person's pairs and no one else's row; the rows
 * it lacks are read in one statement, and held when read under the same state.
 */
export class KnownProfiles {
  private state: string | null = null;
  private readonly rows = new Map<string, ProfileRow>();

  /** The rows of these people (unregistered ones are absent), under `state` as the caller read it (null: nothing is held). */
  async rowsOf(db: SqlExecutor, state: string | null, personIds: readonly string[]): Promise<Map<string, ProfileRow>> {
    if (state !== this.state) {
      this.rows.clear();
      this.state = state;
    }
    const out = new Map<string, ProfileRow>();
    const missing: string[] = [];
    for (const id of personIds) {
      const row = this.rows.get(id);
      if (row) out.set(id, row);
      else missing.push(id);
    }
    if (missing.length === 0) return out;
    const { rows } = await db.query<ProfileRow & { state: string | null }>(
      `SELECT ${PROFILE_COLUMNS}, ${PEOPLE_STATE_SQL} AS state FROM rm_people WHERE person_id = ANY($1::uuid[])`,
      [missing],
    );
    if (this.rows.size + rows.length > MOST_HELD) this.rows.clear();
    for (const { state: readUnder, ...row } of rows) {
      out.set(row.person_id, row);
      if (readUnder !== null && readUnder === this.state) this.rows.set(row.person_id, row);
    }
    return out;
  }
}

/**
 * The profiles this process holds, one for every database: a state's name starts with a
 * random token drawn in the database whose people it names, so rows held under it were
 * read there.
 */
export const knownProfiles = new KnownProfiles();

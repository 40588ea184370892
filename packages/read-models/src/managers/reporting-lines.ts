import type { SqlExecutor } from '@rapport/event-store';

/**
 * Every batch that changes people (a registration, a profile change, an erasure) counts
 * one change, under a token drawn when the count starts: after the read models are
 * emptied or built again the count starts under a new token, so the pair never names
 * two different states of the people. What is decided on the reporting lines (each
 * manager's disclosures, docs/privacy.md) is kept while the pair is the same: one row
 * read, instead of hashing every person on every request.
 */
export const peopleChangesMigration = {
  id: '012_people_changes',
  sql: `
    CREATE TABLE rm_people_changes (
      id boolean PRIMARY KEY DEFAULT true CHECK (id),
      token uuid NOT NULL,
      changes bigint NOT NULL
    );
  `,
};

/** Counts one batch's changes to people, inside its transaction. */
export async function countPeopleChanged(tx: SqlExecutor): Promise<void> {
  await tx.query(
    `INSERT INTO rm_people_changes AS c (id, token, changes) VALUES (true, gen_random_uuid(), 1)
     ON CONFLICT (id) DO UPDATE SET changes = c.changes + 1`,
  );
}

/** SQL of a scalar subquery: the name of the people's current state (peopleStateName), null when none. */
export const PEOPLE_STATE_SQL = `(SELECT token::text || ':' || changes FROM rm_people_changes)`;

/**
 * Names the current state of the people (and so of the reporting lines): equal names,
 * same lines. Null when no change has been counted since the tables were emptied,
 * a state that may recur with other lines, so nothing should be kept under it in memory.
 */
export async function peopleStateName(db: SqlExecutor): Promise<string | null> {
  const { rows } = await db.query<{ name: string | null }>(`SELECT ${PEOPLE_STATE_SQL} AS name`);
  return rows[0]?.name ?? null;
}

/** Who reports to whom, with departments: what k-anonymity groups are built from (current lines). */
export async function reportingLines(db: SqlExecutor): Promise<{ personId: string; managerId: string | null; department: string }[]> {
  const { rows } = await db.query<{ person_id: string; manager_id: string | null; department: string }>(
    `SELECT person_id, manager_id, department FROM rm_people ORDER BY person_id`,
  );
  return rows.map((r) => ({ personId: r.person_id, managerId: r.manager_id, department: r.department }));
}

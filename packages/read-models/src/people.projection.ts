import type { PersonProfileUpdatedV1, PersonRegisteredV1 } from '@rapport/contracts';
import type { SqlExecutor } from '@rapport/event-store';

/** PersonRegistered → a row in rm_people (a replay of the same registration is a no-op). */
export async function projectPersonRegistered(
  tx: SqlExecutor,
  data: PersonRegisteredV1,
  meta: { streamVersion: number; occurredAt: string },
): Promise<void> {
  await tx.query(
    `INSERT INTO rm_people (person_id, display_name, email, department, function, location, seniority,
                            expertise, manager_id, version, registered_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)
     ON CONFLICT (person_id) DO NOTHING`,
    [
      data.personId,
      data.displayName,
      data.email,
      data.department,
      data.function,
      data.location,
      data.seniority,
      data.expertise,
      data.managerId ?? null,
      meta.streamVersion,
      meta.occurredAt,
    ],
  );
}

const columnOf = {
  displayName: 'display_name',
  email: 'email',
  department: 'department',
  function: 'function',
  location: 'location',
  seniority: 'seniority',
  expertise: 'expertise',
  managerId: 'manager_id',
} as const;

/** PersonProfileUpdated → the changed columns; an older version never overwrites a newer one. */
export async function projectPersonProfileUpdated(
  tx: SqlExecutor,
  data: PersonProfileUpdatedV1,
  meta: { streamVersion: number; occurredAt: string },
): Promise<void> {
  const sets: string[] = [];
  const params: unknown[] = [data.personId, meta.streamVersion, meta.occurredAt];
  for (const [field, value] of Object.entries(data.changes)) {
    const column = columnOf[field as keyof typeof columnOf];
    if (!column || value === undefined) continue;
    params.push(value);
    sets.push(`${column} = $${params.length}`);
  }
  await tx.query(
    `UPDATE rm_people SET ${[...sets, 'version = $2', 'updated_at = $3'].join(', ')}
     WHERE person_id = $1 AND version < $2`,
    params,
  );
}

import type { PersonProfileUpdatedV2, PersonRegisteredV2 } from '@rapport/contracts';
import type { SqlExecutor } from '@rapport/event-store';
import { ERASED_PERSON_NAME, erasedEmail, type PersonalTextOpener } from './personal-text';

/** PersonRegistered → a row in rm_people (a replay of the same registration is a no-op). */
export async function projectPersonRegistered(
  tx: SqlExecutor,
  data: PersonRegisteredV2,
  meta: { streamVersion: number; occurredAt: string },
  opener: PersonalTextOpener,
): Promise<void> {
  await tx.query(
    `INSERT INTO rm_people (person_id, display_name, email, department, function, location, seniority,
                            expertise, manager_id, version, registered_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)
     ON CONFLICT (person_id) DO NOTHING`,
    [
      data.personId,
      // A person erased before this was projected (a rebuild) appears anonymous.
      opener.open(data.displayName) ?? ERASED_PERSON_NAME,
      opener.open(data.email) ?? erasedEmail(data.personId),
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
  data: PersonProfileUpdatedV2,
  meta: { streamVersion: number; occurredAt: string },
  opener: PersonalTextOpener,
): Promise<void> {
  const sets: string[] = [];
  const params: unknown[] = [data.personId, meta.streamVersion, meta.occurredAt];
  const personal: Record<string, string> = { displayName: ERASED_PERSON_NAME, email: erasedEmail(data.personId) };
  for (const [field, value] of Object.entries(data.changes)) {
    const column = columnOf[field as keyof typeof columnOf];
    if (!column || value === undefined) continue;
    params.push(field in personal ? (opener.open(value as Parameters<PersonalTextOpener['open']>[0]) ?? personal[field]) : value);
    sets.push(`${column} = $${params.length}`);
  }
  await tx.query(
    `UPDATE rm_people SET ${[...sets, 'version = $2', 'updated_at = $3'].join(', ')}
     WHERE person_id = $1 AND version < $2`,
    params,
  );
}

/**
 * PersonErased → the person stays as an anonymous node: their ties still count in
 * everyone else's metrics, but nothing identifies them any more.
 */
export async function projectPersonErased(tx: SqlExecutor, personId: string, meta: { streamVersion: number; occurredAt: string }): Promise<void> {
  await tx.query(
    `UPDATE rm_people SET display_name = $2, email = $3, version = GREATEST(version, $4), updated_at = $5 WHERE person_id = $1`,
    [personId, ERASED_PERSON_NAME, erasedEmail(personId), meta.streamVersion, meta.occurredAt],
  );
}
